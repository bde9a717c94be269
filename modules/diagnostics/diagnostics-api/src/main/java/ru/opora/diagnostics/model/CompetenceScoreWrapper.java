/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link CompetenceScore}.
 * </p>
 *
 * @author Opora
 * @see CompetenceScore
 * @generated
 */
public class CompetenceScoreWrapper
	extends BaseModelWrapper<CompetenceScore>
	implements CompetenceScore, ModelWrapper<CompetenceScore> {

	public CompetenceScoreWrapper(CompetenceScore competenceScore) {
		super(competenceScore);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("competenceScoreId", getCompetenceScoreId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("attemptId", getAttemptId());
		attributes.put("competenceCode", getCompetenceCode());
		attributes.put("points", getPoints());
		attributes.put("maxPoints", getMaxPoints());
		attributes.put("percent", getPercent());
		attributes.put("threshold", getThreshold());
		attributes.put("itemsTotal", getItemsTotal());
		attributes.put("itemsCorrect", getItemsCorrect());
		attributes.put("itemsPartial", getItemsPartial());
		attributes.put("itemsUnanswered", getItemsUnanswered());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long competenceScoreId = (Long)attributes.get("competenceScoreId");

		if (competenceScoreId != null) {
			setCompetenceScoreId(competenceScoreId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long attemptId = (Long)attributes.get("attemptId");

		if (attemptId != null) {
			setAttemptId(attemptId);
		}

		String competenceCode = (String)attributes.get("competenceCode");

		if (competenceCode != null) {
			setCompetenceCode(competenceCode);
		}

		Double points = (Double)attributes.get("points");

		if (points != null) {
			setPoints(points);
		}

		Double maxPoints = (Double)attributes.get("maxPoints");

		if (maxPoints != null) {
			setMaxPoints(maxPoints);
		}

		Double percent = (Double)attributes.get("percent");

		if (percent != null) {
			setPercent(percent);
		}

		Integer threshold = (Integer)attributes.get("threshold");

		if (threshold != null) {
			setThreshold(threshold);
		}

		Integer itemsTotal = (Integer)attributes.get("itemsTotal");

		if (itemsTotal != null) {
			setItemsTotal(itemsTotal);
		}

		Integer itemsCorrect = (Integer)attributes.get("itemsCorrect");

		if (itemsCorrect != null) {
			setItemsCorrect(itemsCorrect);
		}

		Integer itemsPartial = (Integer)attributes.get("itemsPartial");

		if (itemsPartial != null) {
			setItemsPartial(itemsPartial);
		}

		Integer itemsUnanswered = (Integer)attributes.get("itemsUnanswered");

		if (itemsUnanswered != null) {
			setItemsUnanswered(itemsUnanswered);
		}
	}

	@Override
	public CompetenceScore cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the attempt ID of this competence score.
	 *
	 * @return the attempt ID of this competence score
	 */
	@Override
	public long getAttemptId() {
		return model.getAttemptId();
	}

	/**
	 * Returns the company ID of this competence score.
	 *
	 * @return the company ID of this competence score
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence code of this competence score.
	 *
	 * @return the competence code of this competence score
	 */
	@Override
	public String getCompetenceCode() {
		return model.getCompetenceCode();
	}

	/**
	 * Returns the competence score ID of this competence score.
	 *
	 * @return the competence score ID of this competence score
	 */
	@Override
	public long getCompetenceScoreId() {
		return model.getCompetenceScoreId();
	}

	/**
	 * Returns the create date of this competence score.
	 *
	 * @return the create date of this competence score
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this competence score.
	 *
	 * @return the group ID of this competence score
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the items correct of this competence score.
	 *
	 * @return the items correct of this competence score
	 */
	@Override
	public int getItemsCorrect() {
		return model.getItemsCorrect();
	}

	/**
	 * Returns the items partial of this competence score.
	 *
	 * @return the items partial of this competence score
	 */
	@Override
	public int getItemsPartial() {
		return model.getItemsPartial();
	}

	/**
	 * Returns the items total of this competence score.
	 *
	 * @return the items total of this competence score
	 */
	@Override
	public int getItemsTotal() {
		return model.getItemsTotal();
	}

	/**
	 * Returns the items unanswered of this competence score.
	 *
	 * @return the items unanswered of this competence score
	 */
	@Override
	public int getItemsUnanswered() {
		return model.getItemsUnanswered();
	}

	/**
	 * Returns the max points of this competence score.
	 *
	 * @return the max points of this competence score
	 */
	@Override
	public double getMaxPoints() {
		return model.getMaxPoints();
	}

	/**
	 * Returns the mvcc version of this competence score.
	 *
	 * @return the mvcc version of this competence score
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the percent of this competence score.
	 *
	 * @return the percent of this competence score
	 */
	@Override
	public double getPercent() {
		return model.getPercent();
	}

	/**
	 * Returns the points of this competence score.
	 *
	 * @return the points of this competence score
	 */
	@Override
	public double getPoints() {
		return model.getPoints();
	}

	/**
	 * Returns the primary key of this competence score.
	 *
	 * @return the primary key of this competence score
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the threshold of this competence score.
	 *
	 * @return the threshold of this competence score
	 */
	@Override
	public int getThreshold() {
		return model.getThreshold();
	}

	/**
	 * Returns the user ID of this competence score.
	 *
	 * @return the user ID of this competence score
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this competence score.
	 *
	 * @return the user uuid of this competence score
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the attempt ID of this competence score.
	 *
	 * @param attemptId the attempt ID of this competence score
	 */
	@Override
	public void setAttemptId(long attemptId) {
		model.setAttemptId(attemptId);
	}

	/**
	 * Sets the company ID of this competence score.
	 *
	 * @param companyId the company ID of this competence score
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence code of this competence score.
	 *
	 * @param competenceCode the competence code of this competence score
	 */
	@Override
	public void setCompetenceCode(String competenceCode) {
		model.setCompetenceCode(competenceCode);
	}

	/**
	 * Sets the competence score ID of this competence score.
	 *
	 * @param competenceScoreId the competence score ID of this competence score
	 */
	@Override
	public void setCompetenceScoreId(long competenceScoreId) {
		model.setCompetenceScoreId(competenceScoreId);
	}

	/**
	 * Sets the create date of this competence score.
	 *
	 * @param createDate the create date of this competence score
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this competence score.
	 *
	 * @param groupId the group ID of this competence score
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the items correct of this competence score.
	 *
	 * @param itemsCorrect the items correct of this competence score
	 */
	@Override
	public void setItemsCorrect(int itemsCorrect) {
		model.setItemsCorrect(itemsCorrect);
	}

	/**
	 * Sets the items partial of this competence score.
	 *
	 * @param itemsPartial the items partial of this competence score
	 */
	@Override
	public void setItemsPartial(int itemsPartial) {
		model.setItemsPartial(itemsPartial);
	}

	/**
	 * Sets the items total of this competence score.
	 *
	 * @param itemsTotal the items total of this competence score
	 */
	@Override
	public void setItemsTotal(int itemsTotal) {
		model.setItemsTotal(itemsTotal);
	}

	/**
	 * Sets the items unanswered of this competence score.
	 *
	 * @param itemsUnanswered the items unanswered of this competence score
	 */
	@Override
	public void setItemsUnanswered(int itemsUnanswered) {
		model.setItemsUnanswered(itemsUnanswered);
	}

	/**
	 * Sets the max points of this competence score.
	 *
	 * @param maxPoints the max points of this competence score
	 */
	@Override
	public void setMaxPoints(double maxPoints) {
		model.setMaxPoints(maxPoints);
	}

	/**
	 * Sets the mvcc version of this competence score.
	 *
	 * @param mvccVersion the mvcc version of this competence score
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the percent of this competence score.
	 *
	 * @param percent the percent of this competence score
	 */
	@Override
	public void setPercent(double percent) {
		model.setPercent(percent);
	}

	/**
	 * Sets the points of this competence score.
	 *
	 * @param points the points of this competence score
	 */
	@Override
	public void setPoints(double points) {
		model.setPoints(points);
	}

	/**
	 * Sets the primary key of this competence score.
	 *
	 * @param primaryKey the primary key of this competence score
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the threshold of this competence score.
	 *
	 * @param threshold the threshold of this competence score
	 */
	@Override
	public void setThreshold(int threshold) {
		model.setThreshold(threshold);
	}

	/**
	 * Sets the user ID of this competence score.
	 *
	 * @param userId the user ID of this competence score
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this competence score.
	 *
	 * @param userUuid the user uuid of this competence score
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected CompetenceScoreWrapper wrap(CompetenceScore competenceScore) {
		return new CompetenceScoreWrapper(competenceScore);
	}

}