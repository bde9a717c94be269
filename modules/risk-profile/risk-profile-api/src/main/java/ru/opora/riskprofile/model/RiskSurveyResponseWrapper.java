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
 * This class is a wrapper for {@link RiskSurveyResponse}.
 * </p>
 *
 * @author Opora
 * @see RiskSurveyResponse
 * @generated
 */
public class RiskSurveyResponseWrapper
	extends BaseModelWrapper<RiskSurveyResponse>
	implements ModelWrapper<RiskSurveyResponse>, RiskSurveyResponse {

	public RiskSurveyResponseWrapper(RiskSurveyResponse riskSurveyResponse) {
		super(riskSurveyResponse);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskSurveyResponseId", getRiskSurveyResponseId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("schoolId", getSchoolId());
		attributes.put("year", getYear());
		attributes.put("respondentGroup", getRespondentGroup());
		attributes.put("respondentUserId", getRespondentUserId());
		attributes.put("responseCode", getResponseCode());
		attributes.put("answers", getAnswers());
		attributes.put("source", getSource());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskSurveyResponseId = (Long)attributes.get(
			"riskSurveyResponseId");

		if (riskSurveyResponseId != null) {
			setRiskSurveyResponseId(riskSurveyResponseId);
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

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		Integer year = (Integer)attributes.get("year");

		if (year != null) {
			setYear(year);
		}

		String respondentGroup = (String)attributes.get("respondentGroup");

		if (respondentGroup != null) {
			setRespondentGroup(respondentGroup);
		}

		Long respondentUserId = (Long)attributes.get("respondentUserId");

		if (respondentUserId != null) {
			setRespondentUserId(respondentUserId);
		}

		String responseCode = (String)attributes.get("responseCode");

		if (responseCode != null) {
			setResponseCode(responseCode);
		}

		String answers = (String)attributes.get("answers");

		if (answers != null) {
			setAnswers(answers);
		}

		String source = (String)attributes.get("source");

		if (source != null) {
			setSource(source);
		}
	}

	@Override
	public RiskSurveyResponse cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the answers of this risk survey response.
	 *
	 * @return the answers of this risk survey response
	 */
	@Override
	public String getAnswers() {
		return model.getAnswers();
	}

	/**
	 * Returns the company ID of this risk survey response.
	 *
	 * @return the company ID of this risk survey response
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this risk survey response.
	 *
	 * @return the create date of this risk survey response
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this risk survey response.
	 *
	 * @return the group ID of this risk survey response
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this risk survey response.
	 *
	 * @return the modified date of this risk survey response
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this risk survey response.
	 *
	 * @return the mvcc version of this risk survey response
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk survey response.
	 *
	 * @return the primary key of this risk survey response
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the respondent group of this risk survey response.
	 *
	 * @return the respondent group of this risk survey response
	 */
	@Override
	public String getRespondentGroup() {
		return model.getRespondentGroup();
	}

	/**
	 * Returns the respondent user ID of this risk survey response.
	 *
	 * @return the respondent user ID of this risk survey response
	 */
	@Override
	public long getRespondentUserId() {
		return model.getRespondentUserId();
	}

	/**
	 * Returns the respondent user uuid of this risk survey response.
	 *
	 * @return the respondent user uuid of this risk survey response
	 */
	@Override
	public String getRespondentUserUuid() {
		return model.getRespondentUserUuid();
	}

	/**
	 * Returns the response code of this risk survey response.
	 *
	 * @return the response code of this risk survey response
	 */
	@Override
	public String getResponseCode() {
		return model.getResponseCode();
	}

	/**
	 * Returns the risk survey response ID of this risk survey response.
	 *
	 * @return the risk survey response ID of this risk survey response
	 */
	@Override
	public long getRiskSurveyResponseId() {
		return model.getRiskSurveyResponseId();
	}

	/**
	 * Returns the school ID of this risk survey response.
	 *
	 * @return the school ID of this risk survey response
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the source of this risk survey response.
	 *
	 * @return the source of this risk survey response
	 */
	@Override
	public String getSource() {
		return model.getSource();
	}

	/**
	 * Returns the user ID of this risk survey response.
	 *
	 * @return the user ID of this risk survey response
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this risk survey response.
	 *
	 * @return the user uuid of this risk survey response
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the year of this risk survey response.
	 *
	 * @return the year of this risk survey response
	 */
	@Override
	public int getYear() {
		return model.getYear();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the answers of this risk survey response.
	 *
	 * @param answers the answers of this risk survey response
	 */
	@Override
	public void setAnswers(String answers) {
		model.setAnswers(answers);
	}

	/**
	 * Sets the company ID of this risk survey response.
	 *
	 * @param companyId the company ID of this risk survey response
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this risk survey response.
	 *
	 * @param createDate the create date of this risk survey response
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this risk survey response.
	 *
	 * @param groupId the group ID of this risk survey response
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this risk survey response.
	 *
	 * @param modifiedDate the modified date of this risk survey response
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this risk survey response.
	 *
	 * @param mvccVersion the mvcc version of this risk survey response
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk survey response.
	 *
	 * @param primaryKey the primary key of this risk survey response
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the respondent group of this risk survey response.
	 *
	 * @param respondentGroup the respondent group of this risk survey response
	 */
	@Override
	public void setRespondentGroup(String respondentGroup) {
		model.setRespondentGroup(respondentGroup);
	}

	/**
	 * Sets the respondent user ID of this risk survey response.
	 *
	 * @param respondentUserId the respondent user ID of this risk survey response
	 */
	@Override
	public void setRespondentUserId(long respondentUserId) {
		model.setRespondentUserId(respondentUserId);
	}

	/**
	 * Sets the respondent user uuid of this risk survey response.
	 *
	 * @param respondentUserUuid the respondent user uuid of this risk survey response
	 */
	@Override
	public void setRespondentUserUuid(String respondentUserUuid) {
		model.setRespondentUserUuid(respondentUserUuid);
	}

	/**
	 * Sets the response code of this risk survey response.
	 *
	 * @param responseCode the response code of this risk survey response
	 */
	@Override
	public void setResponseCode(String responseCode) {
		model.setResponseCode(responseCode);
	}

	/**
	 * Sets the risk survey response ID of this risk survey response.
	 *
	 * @param riskSurveyResponseId the risk survey response ID of this risk survey response
	 */
	@Override
	public void setRiskSurveyResponseId(long riskSurveyResponseId) {
		model.setRiskSurveyResponseId(riskSurveyResponseId);
	}

	/**
	 * Sets the school ID of this risk survey response.
	 *
	 * @param schoolId the school ID of this risk survey response
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the source of this risk survey response.
	 *
	 * @param source the source of this risk survey response
	 */
	@Override
	public void setSource(String source) {
		model.setSource(source);
	}

	/**
	 * Sets the user ID of this risk survey response.
	 *
	 * @param userId the user ID of this risk survey response
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this risk survey response.
	 *
	 * @param userUuid the user uuid of this risk survey response
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the year of this risk survey response.
	 *
	 * @param year the year of this risk survey response
	 */
	@Override
	public void setYear(int year) {
		model.setYear(year);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected RiskSurveyResponseWrapper wrap(
		RiskSurveyResponse riskSurveyResponse) {

		return new RiskSurveyResponseWrapper(riskSurveyResponse);
	}

}