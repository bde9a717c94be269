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
 * This class is a wrapper for {@link DiagnosticItem}.
 * </p>
 *
 * @author Opora
 * @see DiagnosticItem
 * @generated
 */
public class DiagnosticItemWrapper
	extends BaseModelWrapper<DiagnosticItem>
	implements DiagnosticItem, ModelWrapper<DiagnosticItem> {

	public DiagnosticItemWrapper(DiagnosticItem diagnosticItem) {
		super(diagnosticItem);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("diagnosticItemId", getDiagnosticItemId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("version", getVersion());
		attributes.put("code", getCode());
		attributes.put("competenceCode", getCompetenceCode());
		attributes.put("itemType", getItemType());
		attributes.put("text", getText());
		attributes.put("options", getOptions());
		attributes.put("matches", getMatches());
		attributes.put("scoringKey", getScoringKey());
		attributes.put("weight", getWeight());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long diagnosticItemId = (Long)attributes.get("diagnosticItemId");

		if (diagnosticItemId != null) {
			setDiagnosticItemId(diagnosticItemId);
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

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Integer version = (Integer)attributes.get("version");

		if (version != null) {
			setVersion(version);
		}

		String code = (String)attributes.get("code");

		if (code != null) {
			setCode(code);
		}

		String competenceCode = (String)attributes.get("competenceCode");

		if (competenceCode != null) {
			setCompetenceCode(competenceCode);
		}

		String itemType = (String)attributes.get("itemType");

		if (itemType != null) {
			setItemType(itemType);
		}

		String text = (String)attributes.get("text");

		if (text != null) {
			setText(text);
		}

		String options = (String)attributes.get("options");

		if (options != null) {
			setOptions(options);
		}

		String matches = (String)attributes.get("matches");

		if (matches != null) {
			setMatches(matches);
		}

		String scoringKey = (String)attributes.get("scoringKey");

		if (scoringKey != null) {
			setScoringKey(scoringKey);
		}

		Integer weight = (Integer)attributes.get("weight");

		if (weight != null) {
			setWeight(weight);
		}
	}

	@Override
	public DiagnosticItem cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the code of this diagnostic item.
	 *
	 * @return the code of this diagnostic item
	 */
	@Override
	public String getCode() {
		return model.getCode();
	}

	/**
	 * Returns the company ID of this diagnostic item.
	 *
	 * @return the company ID of this diagnostic item
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence code of this diagnostic item.
	 *
	 * @return the competence code of this diagnostic item
	 */
	@Override
	public String getCompetenceCode() {
		return model.getCompetenceCode();
	}

	/**
	 * Returns the create date of this diagnostic item.
	 *
	 * @return the create date of this diagnostic item
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the diagnostic item ID of this diagnostic item.
	 *
	 * @return the diagnostic item ID of this diagnostic item
	 */
	@Override
	public long getDiagnosticItemId() {
		return model.getDiagnosticItemId();
	}

	/**
	 * Returns the item type of this diagnostic item.
	 *
	 * @return the item type of this diagnostic item
	 */
	@Override
	public String getItemType() {
		return model.getItemType();
	}

	/**
	 * Returns the matches of this diagnostic item.
	 *
	 * @return the matches of this diagnostic item
	 */
	@Override
	public String getMatches() {
		return model.getMatches();
	}

	/**
	 * Returns the modified date of this diagnostic item.
	 *
	 * @return the modified date of this diagnostic item
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this diagnostic item.
	 *
	 * @return the mvcc version of this diagnostic item
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the options of this diagnostic item.
	 *
	 * @return the options of this diagnostic item
	 */
	@Override
	public String getOptions() {
		return model.getOptions();
	}

	/**
	 * Returns the primary key of this diagnostic item.
	 *
	 * @return the primary key of this diagnostic item
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the scoring key of this diagnostic item.
	 *
	 * @return the scoring key of this diagnostic item
	 */
	@Override
	public String getScoringKey() {
		return model.getScoringKey();
	}

	/**
	 * Returns the text of this diagnostic item.
	 *
	 * @return the text of this diagnostic item
	 */
	@Override
	public String getText() {
		return model.getText();
	}

	/**
	 * Returns the user ID of this diagnostic item.
	 *
	 * @return the user ID of this diagnostic item
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this diagnostic item.
	 *
	 * @return the user name of this diagnostic item
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this diagnostic item.
	 *
	 * @return the user uuid of this diagnostic item
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the version of this diagnostic item.
	 *
	 * @return the version of this diagnostic item
	 */
	@Override
	public int getVersion() {
		return model.getVersion();
	}

	/**
	 * Returns the weight of this diagnostic item.
	 *
	 * @return the weight of this diagnostic item
	 */
	@Override
	public int getWeight() {
		return model.getWeight();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the code of this diagnostic item.
	 *
	 * @param code the code of this diagnostic item
	 */
	@Override
	public void setCode(String code) {
		model.setCode(code);
	}

	/**
	 * Sets the company ID of this diagnostic item.
	 *
	 * @param companyId the company ID of this diagnostic item
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence code of this diagnostic item.
	 *
	 * @param competenceCode the competence code of this diagnostic item
	 */
	@Override
	public void setCompetenceCode(String competenceCode) {
		model.setCompetenceCode(competenceCode);
	}

	/**
	 * Sets the create date of this diagnostic item.
	 *
	 * @param createDate the create date of this diagnostic item
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the diagnostic item ID of this diagnostic item.
	 *
	 * @param diagnosticItemId the diagnostic item ID of this diagnostic item
	 */
	@Override
	public void setDiagnosticItemId(long diagnosticItemId) {
		model.setDiagnosticItemId(diagnosticItemId);
	}

	/**
	 * Sets the item type of this diagnostic item.
	 *
	 * @param itemType the item type of this diagnostic item
	 */
	@Override
	public void setItemType(String itemType) {
		model.setItemType(itemType);
	}

	/**
	 * Sets the matches of this diagnostic item.
	 *
	 * @param matches the matches of this diagnostic item
	 */
	@Override
	public void setMatches(String matches) {
		model.setMatches(matches);
	}

	/**
	 * Sets the modified date of this diagnostic item.
	 *
	 * @param modifiedDate the modified date of this diagnostic item
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this diagnostic item.
	 *
	 * @param mvccVersion the mvcc version of this diagnostic item
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the options of this diagnostic item.
	 *
	 * @param options the options of this diagnostic item
	 */
	@Override
	public void setOptions(String options) {
		model.setOptions(options);
	}

	/**
	 * Sets the primary key of this diagnostic item.
	 *
	 * @param primaryKey the primary key of this diagnostic item
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the scoring key of this diagnostic item.
	 *
	 * @param scoringKey the scoring key of this diagnostic item
	 */
	@Override
	public void setScoringKey(String scoringKey) {
		model.setScoringKey(scoringKey);
	}

	/**
	 * Sets the text of this diagnostic item.
	 *
	 * @param text the text of this diagnostic item
	 */
	@Override
	public void setText(String text) {
		model.setText(text);
	}

	/**
	 * Sets the user ID of this diagnostic item.
	 *
	 * @param userId the user ID of this diagnostic item
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this diagnostic item.
	 *
	 * @param userName the user name of this diagnostic item
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this diagnostic item.
	 *
	 * @param userUuid the user uuid of this diagnostic item
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the version of this diagnostic item.
	 *
	 * @param version the version of this diagnostic item
	 */
	@Override
	public void setVersion(int version) {
		model.setVersion(version);
	}

	/**
	 * Sets the weight of this diagnostic item.
	 *
	 * @param weight the weight of this diagnostic item
	 */
	@Override
	public void setWeight(int weight) {
		model.setWeight(weight);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected DiagnosticItemWrapper wrap(DiagnosticItem diagnosticItem) {
		return new DiagnosticItemWrapper(diagnosticItem);
	}

}