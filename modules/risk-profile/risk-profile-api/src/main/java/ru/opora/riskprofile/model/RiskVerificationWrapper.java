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
 * This class is a wrapper for {@link RiskVerification}.
 * </p>
 *
 * @author Opora
 * @see RiskVerification
 * @generated
 */
public class RiskVerificationWrapper
	extends BaseModelWrapper<RiskVerification>
	implements ModelWrapper<RiskVerification>, RiskVerification {

	public RiskVerificationWrapper(RiskVerification riskVerification) {
		super(riskVerification);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskVerificationId", getRiskVerificationId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("riskProfileId", getRiskProfileId());
		attributes.put("factorCode", getFactorCode());
		attributes.put("action", getAction());
		attributes.put("fromLevel", getFromLevel());
		attributes.put("toLevel", getToLevel());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskVerificationId = (Long)attributes.get("riskVerificationId");

		if (riskVerificationId != null) {
			setRiskVerificationId(riskVerificationId);
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

		Long riskProfileId = (Long)attributes.get("riskProfileId");

		if (riskProfileId != null) {
			setRiskProfileId(riskProfileId);
		}

		String factorCode = (String)attributes.get("factorCode");

		if (factorCode != null) {
			setFactorCode(factorCode);
		}

		String action = (String)attributes.get("action");

		if (action != null) {
			setAction(action);
		}

		String fromLevel = (String)attributes.get("fromLevel");

		if (fromLevel != null) {
			setFromLevel(fromLevel);
		}

		String toLevel = (String)attributes.get("toLevel");

		if (toLevel != null) {
			setToLevel(toLevel);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public RiskVerification cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the action of this risk verification.
	 *
	 * @return the action of this risk verification
	 */
	@Override
	public String getAction() {
		return model.getAction();
	}

	/**
	 * Returns the comment of this risk verification.
	 *
	 * @return the comment of this risk verification
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this risk verification.
	 *
	 * @return the company ID of this risk verification
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this risk verification.
	 *
	 * @return the create date of this risk verification
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the factor code of this risk verification.
	 *
	 * @return the factor code of this risk verification
	 */
	@Override
	public String getFactorCode() {
		return model.getFactorCode();
	}

	/**
	 * Returns the from level of this risk verification.
	 *
	 * @return the from level of this risk verification
	 */
	@Override
	public String getFromLevel() {
		return model.getFromLevel();
	}

	/**
	 * Returns the group ID of this risk verification.
	 *
	 * @return the group ID of this risk verification
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this risk verification.
	 *
	 * @return the mvcc version of this risk verification
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk verification.
	 *
	 * @return the primary key of this risk verification
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk profile ID of this risk verification.
	 *
	 * @return the risk profile ID of this risk verification
	 */
	@Override
	public long getRiskProfileId() {
		return model.getRiskProfileId();
	}

	/**
	 * Returns the risk verification ID of this risk verification.
	 *
	 * @return the risk verification ID of this risk verification
	 */
	@Override
	public long getRiskVerificationId() {
		return model.getRiskVerificationId();
	}

	/**
	 * Returns the to level of this risk verification.
	 *
	 * @return the to level of this risk verification
	 */
	@Override
	public String getToLevel() {
		return model.getToLevel();
	}

	/**
	 * Returns the user ID of this risk verification.
	 *
	 * @return the user ID of this risk verification
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this risk verification.
	 *
	 * @return the user name of this risk verification
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this risk verification.
	 *
	 * @return the user uuid of this risk verification
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
	 * Sets the action of this risk verification.
	 *
	 * @param action the action of this risk verification
	 */
	@Override
	public void setAction(String action) {
		model.setAction(action);
	}

	/**
	 * Sets the comment of this risk verification.
	 *
	 * @param comment the comment of this risk verification
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this risk verification.
	 *
	 * @param companyId the company ID of this risk verification
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this risk verification.
	 *
	 * @param createDate the create date of this risk verification
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the factor code of this risk verification.
	 *
	 * @param factorCode the factor code of this risk verification
	 */
	@Override
	public void setFactorCode(String factorCode) {
		model.setFactorCode(factorCode);
	}

	/**
	 * Sets the from level of this risk verification.
	 *
	 * @param fromLevel the from level of this risk verification
	 */
	@Override
	public void setFromLevel(String fromLevel) {
		model.setFromLevel(fromLevel);
	}

	/**
	 * Sets the group ID of this risk verification.
	 *
	 * @param groupId the group ID of this risk verification
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this risk verification.
	 *
	 * @param mvccVersion the mvcc version of this risk verification
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk verification.
	 *
	 * @param primaryKey the primary key of this risk verification
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk profile ID of this risk verification.
	 *
	 * @param riskProfileId the risk profile ID of this risk verification
	 */
	@Override
	public void setRiskProfileId(long riskProfileId) {
		model.setRiskProfileId(riskProfileId);
	}

	/**
	 * Sets the risk verification ID of this risk verification.
	 *
	 * @param riskVerificationId the risk verification ID of this risk verification
	 */
	@Override
	public void setRiskVerificationId(long riskVerificationId) {
		model.setRiskVerificationId(riskVerificationId);
	}

	/**
	 * Sets the to level of this risk verification.
	 *
	 * @param toLevel the to level of this risk verification
	 */
	@Override
	public void setToLevel(String toLevel) {
		model.setToLevel(toLevel);
	}

	/**
	 * Sets the user ID of this risk verification.
	 *
	 * @param userId the user ID of this risk verification
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this risk verification.
	 *
	 * @param userName the user name of this risk verification
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this risk verification.
	 *
	 * @param userUuid the user uuid of this risk verification
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
	protected RiskVerificationWrapper wrap(RiskVerification riskVerification) {
		return new RiskVerificationWrapper(riskVerification);
	}

}