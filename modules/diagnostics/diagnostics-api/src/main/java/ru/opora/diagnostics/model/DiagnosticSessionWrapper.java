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
 * This class is a wrapper for {@link DiagnosticSession}.
 * </p>
 *
 * @author Opora
 * @see DiagnosticSession
 * @generated
 */
public class DiagnosticSessionWrapper
	extends BaseModelWrapper<DiagnosticSession>
	implements DiagnosticSession, ModelWrapper<DiagnosticSession> {

	public DiagnosticSessionWrapper(DiagnosticSession diagnosticSession) {
		super(diagnosticSession);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("diagnosticSessionId", getDiagnosticSessionId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("name", getName());
		attributes.put("schoolId", getSchoolId());
		attributes.put("subject", getSubject());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("timeLimit", getTimeLimit());
		attributes.put("bankVersion", getBankVersion());
		attributes.put("competenceCodes", getCompetenceCodes());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long diagnosticSessionId = (Long)attributes.get("diagnosticSessionId");

		if (diagnosticSessionId != null) {
			setDiagnosticSessionId(diagnosticSessionId);
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

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		Integer timeLimit = (Integer)attributes.get("timeLimit");

		if (timeLimit != null) {
			setTimeLimit(timeLimit);
		}

		Integer bankVersion = (Integer)attributes.get("bankVersion");

		if (bankVersion != null) {
			setBankVersion(bankVersion);
		}

		String competenceCodes = (String)attributes.get("competenceCodes");

		if (competenceCodes != null) {
			setCompetenceCodes(competenceCodes);
		}
	}

	@Override
	public DiagnosticSession cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the bank version of this diagnostic session.
	 *
	 * @return the bank version of this diagnostic session
	 */
	@Override
	public int getBankVersion() {
		return model.getBankVersion();
	}

	/**
	 * Returns the company ID of this diagnostic session.
	 *
	 * @return the company ID of this diagnostic session
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence codes of this diagnostic session.
	 *
	 * @return the competence codes of this diagnostic session
	 */
	@Override
	public String getCompetenceCodes() {
		return model.getCompetenceCodes();
	}

	/**
	 * Returns the create date of this diagnostic session.
	 *
	 * @return the create date of this diagnostic session
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the diagnostic session ID of this diagnostic session.
	 *
	 * @return the diagnostic session ID of this diagnostic session
	 */
	@Override
	public long getDiagnosticSessionId() {
		return model.getDiagnosticSessionId();
	}

	/**
	 * Returns the end date of this diagnostic session.
	 *
	 * @return the end date of this diagnostic session
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the group ID of this diagnostic session.
	 *
	 * @return the group ID of this diagnostic session
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this diagnostic session.
	 *
	 * @return the modified date of this diagnostic session
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this diagnostic session.
	 *
	 * @return the mvcc version of this diagnostic session
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this diagnostic session.
	 *
	 * @return the name of this diagnostic session
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this diagnostic session.
	 *
	 * @return the primary key of this diagnostic session
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the school ID of this diagnostic session.
	 *
	 * @return the school ID of this diagnostic session
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the start date of this diagnostic session.
	 *
	 * @return the start date of this diagnostic session
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the subject of this diagnostic session.
	 *
	 * @return the subject of this diagnostic session
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * Returns the time limit of this diagnostic session.
	 *
	 * @return the time limit of this diagnostic session
	 */
	@Override
	public int getTimeLimit() {
		return model.getTimeLimit();
	}

	/**
	 * Returns the user ID of this diagnostic session.
	 *
	 * @return the user ID of this diagnostic session
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this diagnostic session.
	 *
	 * @return the user name of this diagnostic session
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this diagnostic session.
	 *
	 * @return the user uuid of this diagnostic session
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
	 * Sets the bank version of this diagnostic session.
	 *
	 * @param bankVersion the bank version of this diagnostic session
	 */
	@Override
	public void setBankVersion(int bankVersion) {
		model.setBankVersion(bankVersion);
	}

	/**
	 * Sets the company ID of this diagnostic session.
	 *
	 * @param companyId the company ID of this diagnostic session
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence codes of this diagnostic session.
	 *
	 * @param competenceCodes the competence codes of this diagnostic session
	 */
	@Override
	public void setCompetenceCodes(String competenceCodes) {
		model.setCompetenceCodes(competenceCodes);
	}

	/**
	 * Sets the create date of this diagnostic session.
	 *
	 * @param createDate the create date of this diagnostic session
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the diagnostic session ID of this diagnostic session.
	 *
	 * @param diagnosticSessionId the diagnostic session ID of this diagnostic session
	 */
	@Override
	public void setDiagnosticSessionId(long diagnosticSessionId) {
		model.setDiagnosticSessionId(diagnosticSessionId);
	}

	/**
	 * Sets the end date of this diagnostic session.
	 *
	 * @param endDate the end date of this diagnostic session
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the group ID of this diagnostic session.
	 *
	 * @param groupId the group ID of this diagnostic session
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this diagnostic session.
	 *
	 * @param modifiedDate the modified date of this diagnostic session
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this diagnostic session.
	 *
	 * @param mvccVersion the mvcc version of this diagnostic session
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this diagnostic session.
	 *
	 * @param name the name of this diagnostic session
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this diagnostic session.
	 *
	 * @param primaryKey the primary key of this diagnostic session
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the school ID of this diagnostic session.
	 *
	 * @param schoolId the school ID of this diagnostic session
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the start date of this diagnostic session.
	 *
	 * @param startDate the start date of this diagnostic session
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the subject of this diagnostic session.
	 *
	 * @param subject the subject of this diagnostic session
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the time limit of this diagnostic session.
	 *
	 * @param timeLimit the time limit of this diagnostic session
	 */
	@Override
	public void setTimeLimit(int timeLimit) {
		model.setTimeLimit(timeLimit);
	}

	/**
	 * Sets the user ID of this diagnostic session.
	 *
	 * @param userId the user ID of this diagnostic session
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this diagnostic session.
	 *
	 * @param userName the user name of this diagnostic session
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this diagnostic session.
	 *
	 * @param userUuid the user uuid of this diagnostic session
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
	protected DiagnosticSessionWrapper wrap(
		DiagnosticSession diagnosticSession) {

		return new DiagnosticSessionWrapper(diagnosticSession);
	}

}