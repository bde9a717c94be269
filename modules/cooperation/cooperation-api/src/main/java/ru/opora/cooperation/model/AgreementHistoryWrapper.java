/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link AgreementHistory}.
 * </p>
 *
 * @author Opora
 * @see AgreementHistory
 * @generated
 */
public class AgreementHistoryWrapper
	extends BaseModelWrapper<AgreementHistory>
	implements AgreementHistory, ModelWrapper<AgreementHistory> {

	public AgreementHistoryWrapper(AgreementHistory agreementHistory) {
		super(agreementHistory);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementHistoryId", getAgreementHistoryId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("agreementId", getAgreementId());
		attributes.put("step", getStep());
		attributes.put("oldStatus", getOldStatus());
		attributes.put("newStatus", getNewStatus());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementHistoryId = (Long)attributes.get("agreementHistoryId");

		if (agreementHistoryId != null) {
			setAgreementHistoryId(agreementHistoryId);
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

		Long agreementId = (Long)attributes.get("agreementId");

		if (agreementId != null) {
			setAgreementId(agreementId);
		}

		String step = (String)attributes.get("step");

		if (step != null) {
			setStep(step);
		}

		String oldStatus = (String)attributes.get("oldStatus");

		if (oldStatus != null) {
			setOldStatus(oldStatus);
		}

		String newStatus = (String)attributes.get("newStatus");

		if (newStatus != null) {
			setNewStatus(newStatus);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public AgreementHistory cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreement history ID of this agreement history.
	 *
	 * @return the agreement history ID of this agreement history
	 */
	@Override
	public long getAgreementHistoryId() {
		return model.getAgreementHistoryId();
	}

	/**
	 * Returns the agreement ID of this agreement history.
	 *
	 * @return the agreement ID of this agreement history
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * Returns the comment of this agreement history.
	 *
	 * @return the comment of this agreement history
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this agreement history.
	 *
	 * @return the company ID of this agreement history
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this agreement history.
	 *
	 * @return the create date of this agreement history
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this agreement history.
	 *
	 * @return the group ID of this agreement history
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this agreement history.
	 *
	 * @return the mvcc version of this agreement history
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the new status of this agreement history.
	 *
	 * @return the new status of this agreement history
	 */
	@Override
	public String getNewStatus() {
		return model.getNewStatus();
	}

	/**
	 * Returns the old status of this agreement history.
	 *
	 * @return the old status of this agreement history
	 */
	@Override
	public String getOldStatus() {
		return model.getOldStatus();
	}

	/**
	 * Returns the primary key of this agreement history.
	 *
	 * @return the primary key of this agreement history
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the step of this agreement history.
	 *
	 * @return the step of this agreement history
	 */
	@Override
	public String getStep() {
		return model.getStep();
	}

	/**
	 * Returns the user ID of this agreement history.
	 *
	 * @return the user ID of this agreement history
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this agreement history.
	 *
	 * @return the user name of this agreement history
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this agreement history.
	 *
	 * @return the user uuid of this agreement history
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
	 * Sets the agreement history ID of this agreement history.
	 *
	 * @param agreementHistoryId the agreement history ID of this agreement history
	 */
	@Override
	public void setAgreementHistoryId(long agreementHistoryId) {
		model.setAgreementHistoryId(agreementHistoryId);
	}

	/**
	 * Sets the agreement ID of this agreement history.
	 *
	 * @param agreementId the agreement ID of this agreement history
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets the comment of this agreement history.
	 *
	 * @param comment the comment of this agreement history
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this agreement history.
	 *
	 * @param companyId the company ID of this agreement history
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this agreement history.
	 *
	 * @param createDate the create date of this agreement history
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this agreement history.
	 *
	 * @param groupId the group ID of this agreement history
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this agreement history.
	 *
	 * @param mvccVersion the mvcc version of this agreement history
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the new status of this agreement history.
	 *
	 * @param newStatus the new status of this agreement history
	 */
	@Override
	public void setNewStatus(String newStatus) {
		model.setNewStatus(newStatus);
	}

	/**
	 * Sets the old status of this agreement history.
	 *
	 * @param oldStatus the old status of this agreement history
	 */
	@Override
	public void setOldStatus(String oldStatus) {
		model.setOldStatus(oldStatus);
	}

	/**
	 * Sets the primary key of this agreement history.
	 *
	 * @param primaryKey the primary key of this agreement history
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the step of this agreement history.
	 *
	 * @param step the step of this agreement history
	 */
	@Override
	public void setStep(String step) {
		model.setStep(step);
	}

	/**
	 * Sets the user ID of this agreement history.
	 *
	 * @param userId the user ID of this agreement history
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this agreement history.
	 *
	 * @param userName the user name of this agreement history
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this agreement history.
	 *
	 * @param userUuid the user uuid of this agreement history
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
	protected AgreementHistoryWrapper wrap(AgreementHistory agreementHistory) {
		return new AgreementHistoryWrapper(agreementHistory);
	}

}