/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link RiskReviewComment}.
 * </p>
 *
 * @author Opora
 * @see RiskReviewComment
 * @generated
 */
public class RiskReviewCommentWrapper
	extends BaseModelWrapper<RiskReviewComment>
	implements ModelWrapper<RiskReviewComment>, RiskReviewComment {

	public RiskReviewCommentWrapper(RiskReviewComment riskReviewComment) {
		super(riskReviewComment);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskReviewCommentId", getRiskReviewCommentId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("riskDocumentId", getRiskDocumentId());
		attributes.put("round", getRound());
		attributes.put("section", getSection());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskReviewCommentId = (Long)attributes.get("riskReviewCommentId");

		if (riskReviewCommentId != null) {
			setRiskReviewCommentId(riskReviewCommentId);
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

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long riskDocumentId = (Long)attributes.get("riskDocumentId");

		if (riskDocumentId != null) {
			setRiskDocumentId(riskDocumentId);
		}

		Integer round = (Integer)attributes.get("round");

		if (round != null) {
			setRound(round);
		}

		String section = (String)attributes.get("section");

		if (section != null) {
			setSection(section);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public RiskReviewComment cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the comment of this risk review comment.
	 *
	 * @return the comment of this risk review comment
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this risk review comment.
	 *
	 * @return the company ID of this risk review comment
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this risk review comment.
	 *
	 * @return the create date of this risk review comment
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this risk review comment.
	 *
	 * @return the group ID of this risk review comment
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this risk review comment.
	 *
	 * @return the mvcc version of this risk review comment
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk review comment.
	 *
	 * @return the primary key of this risk review comment
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk document ID of this risk review comment.
	 *
	 * @return the risk document ID of this risk review comment
	 */
	@Override
	public long getRiskDocumentId() {
		return model.getRiskDocumentId();
	}

	/**
	 * Returns the risk review comment ID of this risk review comment.
	 *
	 * @return the risk review comment ID of this risk review comment
	 */
	@Override
	public long getRiskReviewCommentId() {
		return model.getRiskReviewCommentId();
	}

	/**
	 * Returns the round of this risk review comment.
	 *
	 * @return the round of this risk review comment
	 */
	@Override
	public int getRound() {
		return model.getRound();
	}

	/**
	 * Returns the section of this risk review comment.
	 *
	 * @return the section of this risk review comment
	 */
	@Override
	public String getSection() {
		return model.getSection();
	}

	/**
	 * Returns the user ID of this risk review comment.
	 *
	 * @return the user ID of this risk review comment
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this risk review comment.
	 *
	 * @return the user name of this risk review comment
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this risk review comment.
	 *
	 * @return the user uuid of this risk review comment
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
	 * Sets the comment of this risk review comment.
	 *
	 * @param comment the comment of this risk review comment
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this risk review comment.
	 *
	 * @param companyId the company ID of this risk review comment
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this risk review comment.
	 *
	 * @param createDate the create date of this risk review comment
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this risk review comment.
	 *
	 * @param groupId the group ID of this risk review comment
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this risk review comment.
	 *
	 * @param mvccVersion the mvcc version of this risk review comment
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk review comment.
	 *
	 * @param primaryKey the primary key of this risk review comment
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk document ID of this risk review comment.
	 *
	 * @param riskDocumentId the risk document ID of this risk review comment
	 */
	@Override
	public void setRiskDocumentId(long riskDocumentId) {
		model.setRiskDocumentId(riskDocumentId);
	}

	/**
	 * Sets the risk review comment ID of this risk review comment.
	 *
	 * @param riskReviewCommentId the risk review comment ID of this risk review comment
	 */
	@Override
	public void setRiskReviewCommentId(long riskReviewCommentId) {
		model.setRiskReviewCommentId(riskReviewCommentId);
	}

	/**
	 * Sets the round of this risk review comment.
	 *
	 * @param round the round of this risk review comment
	 */
	@Override
	public void setRound(int round) {
		model.setRound(round);
	}

	/**
	 * Sets the section of this risk review comment.
	 *
	 * @param section the section of this risk review comment
	 */
	@Override
	public void setSection(String section) {
		model.setSection(section);
	}

	/**
	 * Sets the user ID of this risk review comment.
	 *
	 * @param userId the user ID of this risk review comment
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this risk review comment.
	 *
	 * @param userName the user name of this risk review comment
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this risk review comment.
	 *
	 * @param userUuid the user uuid of this risk review comment
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
	protected RiskReviewCommentWrapper wrap(
		RiskReviewComment riskReviewComment) {

		return new RiskReviewCommentWrapper(riskReviewComment);
	}

}