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
 * This class is a wrapper for {@link RiskDocument}.
 * </p>
 *
 * @author Opora
 * @see RiskDocument
 * @generated
 */
public class RiskDocumentWrapper
	extends BaseModelWrapper<RiskDocument>
	implements ModelWrapper<RiskDocument>, RiskDocument {

	public RiskDocumentWrapper(RiskDocument riskDocument) {
		super(riskDocument);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskDocumentId", getRiskDocumentId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("schoolId", getSchoolId());
		attributes.put("year", getYear());
		attributes.put("documentType", getDocumentType());
		attributes.put("factorCode", getFactorCode());
		attributes.put("version", getVersion());
		attributes.put("status", getStatus());
		attributes.put("round", getRound());
		attributes.put("periodStart", getPeriodStart());
		attributes.put("periodEnd", getPeriodEnd());
		attributes.put("goal", getGoal());
		attributes.put("tasks", getTasks());
		attributes.put("expectedResult", getExpectedResult());
		attributes.put("folderId", getFolderId());
		attributes.put("statusUserId", getStatusUserId());
		attributes.put("statusDate", getStatusDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskDocumentId = (Long)attributes.get("riskDocumentId");

		if (riskDocumentId != null) {
			setRiskDocumentId(riskDocumentId);
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

		String documentType = (String)attributes.get("documentType");

		if (documentType != null) {
			setDocumentType(documentType);
		}

		String factorCode = (String)attributes.get("factorCode");

		if (factorCode != null) {
			setFactorCode(factorCode);
		}

		Integer version = (Integer)attributes.get("version");

		if (version != null) {
			setVersion(version);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Integer round = (Integer)attributes.get("round");

		if (round != null) {
			setRound(round);
		}

		Date periodStart = (Date)attributes.get("periodStart");

		if (periodStart != null) {
			setPeriodStart(periodStart);
		}

		Date periodEnd = (Date)attributes.get("periodEnd");

		if (periodEnd != null) {
			setPeriodEnd(periodEnd);
		}

		String goal = (String)attributes.get("goal");

		if (goal != null) {
			setGoal(goal);
		}

		String tasks = (String)attributes.get("tasks");

		if (tasks != null) {
			setTasks(tasks);
		}

		String expectedResult = (String)attributes.get("expectedResult");

		if (expectedResult != null) {
			setExpectedResult(expectedResult);
		}

		Long folderId = (Long)attributes.get("folderId");

		if (folderId != null) {
			setFolderId(folderId);
		}

		Long statusUserId = (Long)attributes.get("statusUserId");

		if (statusUserId != null) {
			setStatusUserId(statusUserId);
		}

		Date statusDate = (Date)attributes.get("statusDate");

		if (statusDate != null) {
			setStatusDate(statusDate);
		}
	}

	@Override
	public RiskDocument cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this risk document.
	 *
	 * @return the company ID of this risk document
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this risk document.
	 *
	 * @return the create date of this risk document
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the document type of this risk document.
	 *
	 * @return the document type of this risk document
	 */
	@Override
	public String getDocumentType() {
		return model.getDocumentType();
	}

	/**
	 * Returns the expected result of this risk document.
	 *
	 * @return the expected result of this risk document
	 */
	@Override
	public String getExpectedResult() {
		return model.getExpectedResult();
	}

	/**
	 * Returns the factor code of this risk document.
	 *
	 * @return the factor code of this risk document
	 */
	@Override
	public String getFactorCode() {
		return model.getFactorCode();
	}

	/**
	 * Returns the folder ID of this risk document.
	 *
	 * @return the folder ID of this risk document
	 */
	@Override
	public long getFolderId() {
		return model.getFolderId();
	}

	/**
	 * Returns the goal of this risk document.
	 *
	 * @return the goal of this risk document
	 */
	@Override
	public String getGoal() {
		return model.getGoal();
	}

	/**
	 * Returns the group ID of this risk document.
	 *
	 * @return the group ID of this risk document
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this risk document.
	 *
	 * @return the modified date of this risk document
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this risk document.
	 *
	 * @return the mvcc version of this risk document
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the period end of this risk document.
	 *
	 * @return the period end of this risk document
	 */
	@Override
	public Date getPeriodEnd() {
		return model.getPeriodEnd();
	}

	/**
	 * Returns the period start of this risk document.
	 *
	 * @return the period start of this risk document
	 */
	@Override
	public Date getPeriodStart() {
		return model.getPeriodStart();
	}

	/**
	 * Returns the primary key of this risk document.
	 *
	 * @return the primary key of this risk document
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk document ID of this risk document.
	 *
	 * @return the risk document ID of this risk document
	 */
	@Override
	public long getRiskDocumentId() {
		return model.getRiskDocumentId();
	}

	/**
	 * Returns the round of this risk document.
	 *
	 * @return the round of this risk document
	 */
	@Override
	public int getRound() {
		return model.getRound();
	}

	/**
	 * Returns the school ID of this risk document.
	 *
	 * @return the school ID of this risk document
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the status of this risk document.
	 *
	 * @return the status of this risk document
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status date of this risk document.
	 *
	 * @return the status date of this risk document
	 */
	@Override
	public Date getStatusDate() {
		return model.getStatusDate();
	}

	/**
	 * Returns the status user ID of this risk document.
	 *
	 * @return the status user ID of this risk document
	 */
	@Override
	public long getStatusUserId() {
		return model.getStatusUserId();
	}

	/**
	 * Returns the status user uuid of this risk document.
	 *
	 * @return the status user uuid of this risk document
	 */
	@Override
	public String getStatusUserUuid() {
		return model.getStatusUserUuid();
	}

	/**
	 * Returns the tasks of this risk document.
	 *
	 * @return the tasks of this risk document
	 */
	@Override
	public String getTasks() {
		return model.getTasks();
	}

	/**
	 * Returns the user ID of this risk document.
	 *
	 * @return the user ID of this risk document
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this risk document.
	 *
	 * @return the user name of this risk document
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this risk document.
	 *
	 * @return the user uuid of this risk document
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the version of this risk document.
	 *
	 * @return the version of this risk document
	 */
	@Override
	public int getVersion() {
		return model.getVersion();
	}

	/**
	 * Returns the year of this risk document.
	 *
	 * @return the year of this risk document
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
	 * Sets the company ID of this risk document.
	 *
	 * @param companyId the company ID of this risk document
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this risk document.
	 *
	 * @param createDate the create date of this risk document
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the document type of this risk document.
	 *
	 * @param documentType the document type of this risk document
	 */
	@Override
	public void setDocumentType(String documentType) {
		model.setDocumentType(documentType);
	}

	/**
	 * Sets the expected result of this risk document.
	 *
	 * @param expectedResult the expected result of this risk document
	 */
	@Override
	public void setExpectedResult(String expectedResult) {
		model.setExpectedResult(expectedResult);
	}

	/**
	 * Sets the factor code of this risk document.
	 *
	 * @param factorCode the factor code of this risk document
	 */
	@Override
	public void setFactorCode(String factorCode) {
		model.setFactorCode(factorCode);
	}

	/**
	 * Sets the folder ID of this risk document.
	 *
	 * @param folderId the folder ID of this risk document
	 */
	@Override
	public void setFolderId(long folderId) {
		model.setFolderId(folderId);
	}

	/**
	 * Sets the goal of this risk document.
	 *
	 * @param goal the goal of this risk document
	 */
	@Override
	public void setGoal(String goal) {
		model.setGoal(goal);
	}

	/**
	 * Sets the group ID of this risk document.
	 *
	 * @param groupId the group ID of this risk document
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this risk document.
	 *
	 * @param modifiedDate the modified date of this risk document
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this risk document.
	 *
	 * @param mvccVersion the mvcc version of this risk document
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the period end of this risk document.
	 *
	 * @param periodEnd the period end of this risk document
	 */
	@Override
	public void setPeriodEnd(Date periodEnd) {
		model.setPeriodEnd(periodEnd);
	}

	/**
	 * Sets the period start of this risk document.
	 *
	 * @param periodStart the period start of this risk document
	 */
	@Override
	public void setPeriodStart(Date periodStart) {
		model.setPeriodStart(periodStart);
	}

	/**
	 * Sets the primary key of this risk document.
	 *
	 * @param primaryKey the primary key of this risk document
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk document ID of this risk document.
	 *
	 * @param riskDocumentId the risk document ID of this risk document
	 */
	@Override
	public void setRiskDocumentId(long riskDocumentId) {
		model.setRiskDocumentId(riskDocumentId);
	}

	/**
	 * Sets the round of this risk document.
	 *
	 * @param round the round of this risk document
	 */
	@Override
	public void setRound(int round) {
		model.setRound(round);
	}

	/**
	 * Sets the school ID of this risk document.
	 *
	 * @param schoolId the school ID of this risk document
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the status of this risk document.
	 *
	 * @param status the status of this risk document
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status date of this risk document.
	 *
	 * @param statusDate the status date of this risk document
	 */
	@Override
	public void setStatusDate(Date statusDate) {
		model.setStatusDate(statusDate);
	}

	/**
	 * Sets the status user ID of this risk document.
	 *
	 * @param statusUserId the status user ID of this risk document
	 */
	@Override
	public void setStatusUserId(long statusUserId) {
		model.setStatusUserId(statusUserId);
	}

	/**
	 * Sets the status user uuid of this risk document.
	 *
	 * @param statusUserUuid the status user uuid of this risk document
	 */
	@Override
	public void setStatusUserUuid(String statusUserUuid) {
		model.setStatusUserUuid(statusUserUuid);
	}

	/**
	 * Sets the tasks of this risk document.
	 *
	 * @param tasks the tasks of this risk document
	 */
	@Override
	public void setTasks(String tasks) {
		model.setTasks(tasks);
	}

	/**
	 * Sets the user ID of this risk document.
	 *
	 * @param userId the user ID of this risk document
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this risk document.
	 *
	 * @param userName the user name of this risk document
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this risk document.
	 *
	 * @param userUuid the user uuid of this risk document
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the version of this risk document.
	 *
	 * @param version the version of this risk document
	 */
	@Override
	public void setVersion(int version) {
		model.setVersion(version);
	}

	/**
	 * Sets the year of this risk document.
	 *
	 * @param year the year of this risk document
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
	protected RiskDocumentWrapper wrap(RiskDocument riskDocument) {
		return new RiskDocumentWrapper(riskDocument);
	}

}