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
 * This class is a wrapper for {@link Attempt}.
 * </p>
 *
 * @author Opora
 * @see Attempt
 * @generated
 */
public class AttemptWrapper
	extends BaseModelWrapper<Attempt>
	implements Attempt, ModelWrapper<Attempt> {

	public AttemptWrapper(Attempt attempt) {
		super(attempt);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("attemptId", getAttemptId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("diagnosticSessionId", getDiagnosticSessionId());
		attributes.put("schoolId", getSchoolId());
		attributes.put("subject", getSubject());
		attributes.put("status", getStatus());
		attributes.put("bankVersion", getBankVersion());
		attributes.put("seed", getSeed());
		attributes.put("itemCodes", getItemCodes());
		attributes.put("answers", getAnswers());
		attributes.put("startDate", getStartDate());
		attributes.put("submitDate", getSubmitDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long attemptId = (Long)attributes.get("attemptId");

		if (attemptId != null) {
			setAttemptId(attemptId);
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

		Long diagnosticSessionId = (Long)attributes.get("diagnosticSessionId");

		if (diagnosticSessionId != null) {
			setDiagnosticSessionId(diagnosticSessionId);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Integer bankVersion = (Integer)attributes.get("bankVersion");

		if (bankVersion != null) {
			setBankVersion(bankVersion);
		}

		Long seed = (Long)attributes.get("seed");

		if (seed != null) {
			setSeed(seed);
		}

		String itemCodes = (String)attributes.get("itemCodes");

		if (itemCodes != null) {
			setItemCodes(itemCodes);
		}

		String answers = (String)attributes.get("answers");

		if (answers != null) {
			setAnswers(answers);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date submitDate = (Date)attributes.get("submitDate");

		if (submitDate != null) {
			setSubmitDate(submitDate);
		}
	}

	@Override
	public Attempt cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the answers of this attempt.
	 *
	 * @return the answers of this attempt
	 */
	@Override
	public String getAnswers() {
		return model.getAnswers();
	}

	/**
	 * Returns the attempt ID of this attempt.
	 *
	 * @return the attempt ID of this attempt
	 */
	@Override
	public long getAttemptId() {
		return model.getAttemptId();
	}

	/**
	 * Returns the bank version of this attempt.
	 *
	 * @return the bank version of this attempt
	 */
	@Override
	public int getBankVersion() {
		return model.getBankVersion();
	}

	/**
	 * Returns the company ID of this attempt.
	 *
	 * @return the company ID of this attempt
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this attempt.
	 *
	 * @return the create date of this attempt
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the diagnostic session ID of this attempt.
	 *
	 * @return the diagnostic session ID of this attempt
	 */
	@Override
	public long getDiagnosticSessionId() {
		return model.getDiagnosticSessionId();
	}

	/**
	 * Returns the group ID of this attempt.
	 *
	 * @return the group ID of this attempt
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the item codes of this attempt.
	 *
	 * @return the item codes of this attempt
	 */
	@Override
	public String getItemCodes() {
		return model.getItemCodes();
	}

	/**
	 * Returns the modified date of this attempt.
	 *
	 * @return the modified date of this attempt
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this attempt.
	 *
	 * @return the mvcc version of this attempt
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this attempt.
	 *
	 * @return the primary key of this attempt
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the school ID of this attempt.
	 *
	 * @return the school ID of this attempt
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the seed of this attempt.
	 *
	 * @return the seed of this attempt
	 */
	@Override
	public long getSeed() {
		return model.getSeed();
	}

	/**
	 * Returns the start date of this attempt.
	 *
	 * @return the start date of this attempt
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	/**
	 * Returns the status of this attempt.
	 *
	 * @return the status of this attempt
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the subject of this attempt.
	 *
	 * @return the subject of this attempt
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * Returns the submit date of this attempt.
	 *
	 * @return the submit date of this attempt
	 */
	@Override
	public Date getSubmitDate() {
		return model.getSubmitDate();
	}

	/**
	 * Returns the user ID of this attempt.
	 *
	 * @return the user ID of this attempt
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this attempt.
	 *
	 * @return the user name of this attempt
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this attempt.
	 *
	 * @return the user uuid of this attempt
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
	 * Sets the answers of this attempt.
	 *
	 * @param answers the answers of this attempt
	 */
	@Override
	public void setAnswers(String answers) {
		model.setAnswers(answers);
	}

	/**
	 * Sets the attempt ID of this attempt.
	 *
	 * @param attemptId the attempt ID of this attempt
	 */
	@Override
	public void setAttemptId(long attemptId) {
		model.setAttemptId(attemptId);
	}

	/**
	 * Sets the bank version of this attempt.
	 *
	 * @param bankVersion the bank version of this attempt
	 */
	@Override
	public void setBankVersion(int bankVersion) {
		model.setBankVersion(bankVersion);
	}

	/**
	 * Sets the company ID of this attempt.
	 *
	 * @param companyId the company ID of this attempt
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this attempt.
	 *
	 * @param createDate the create date of this attempt
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the diagnostic session ID of this attempt.
	 *
	 * @param diagnosticSessionId the diagnostic session ID of this attempt
	 */
	@Override
	public void setDiagnosticSessionId(long diagnosticSessionId) {
		model.setDiagnosticSessionId(diagnosticSessionId);
	}

	/**
	 * Sets the group ID of this attempt.
	 *
	 * @param groupId the group ID of this attempt
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the item codes of this attempt.
	 *
	 * @param itemCodes the item codes of this attempt
	 */
	@Override
	public void setItemCodes(String itemCodes) {
		model.setItemCodes(itemCodes);
	}

	/**
	 * Sets the modified date of this attempt.
	 *
	 * @param modifiedDate the modified date of this attempt
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this attempt.
	 *
	 * @param mvccVersion the mvcc version of this attempt
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this attempt.
	 *
	 * @param primaryKey the primary key of this attempt
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the school ID of this attempt.
	 *
	 * @param schoolId the school ID of this attempt
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the seed of this attempt.
	 *
	 * @param seed the seed of this attempt
	 */
	@Override
	public void setSeed(long seed) {
		model.setSeed(seed);
	}

	/**
	 * Sets the start date of this attempt.
	 *
	 * @param startDate the start date of this attempt
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this attempt.
	 *
	 * @param status the status of this attempt
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the subject of this attempt.
	 *
	 * @param subject the subject of this attempt
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the submit date of this attempt.
	 *
	 * @param submitDate the submit date of this attempt
	 */
	@Override
	public void setSubmitDate(Date submitDate) {
		model.setSubmitDate(submitDate);
	}

	/**
	 * Sets the user ID of this attempt.
	 *
	 * @param userId the user ID of this attempt
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this attempt.
	 *
	 * @param userName the user name of this attempt
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this attempt.
	 *
	 * @param userUuid the user uuid of this attempt
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
	protected AttemptWrapper wrap(Attempt attempt) {
		return new AttemptWrapper(attempt);
	}

}