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
 * This class is a wrapper for {@link RiskProfile}.
 * </p>
 *
 * @author Opora
 * @see RiskProfile
 * @generated
 */
public class RiskProfileWrapper
	extends BaseModelWrapper<RiskProfile>
	implements ModelWrapper<RiskProfile>, RiskProfile {

	public RiskProfileWrapper(RiskProfile riskProfile) {
		super(riskProfile);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskProfileId", getRiskProfileId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("schoolId", getSchoolId());
		attributes.put("year", getYear());
		attributes.put("riskDictionaryVersionId", getRiskDictionaryVersionId());
		attributes.put("calculatedDate", getCalculatedDate());
		attributes.put("priorities", getPriorities());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskProfileId = (Long)attributes.get("riskProfileId");

		if (riskProfileId != null) {
			setRiskProfileId(riskProfileId);
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

		Long riskDictionaryVersionId = (Long)attributes.get(
			"riskDictionaryVersionId");

		if (riskDictionaryVersionId != null) {
			setRiskDictionaryVersionId(riskDictionaryVersionId);
		}

		Date calculatedDate = (Date)attributes.get("calculatedDate");

		if (calculatedDate != null) {
			setCalculatedDate(calculatedDate);
		}

		String priorities = (String)attributes.get("priorities");

		if (priorities != null) {
			setPriorities(priorities);
		}
	}

	@Override
	public RiskProfile cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the calculated date of this risk profile.
	 *
	 * @return the calculated date of this risk profile
	 */
	@Override
	public Date getCalculatedDate() {
		return model.getCalculatedDate();
	}

	/**
	 * Returns the company ID of this risk profile.
	 *
	 * @return the company ID of this risk profile
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this risk profile.
	 *
	 * @return the create date of this risk profile
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this risk profile.
	 *
	 * @return the group ID of this risk profile
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this risk profile.
	 *
	 * @return the modified date of this risk profile
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this risk profile.
	 *
	 * @return the mvcc version of this risk profile
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk profile.
	 *
	 * @return the primary key of this risk profile
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priorities of this risk profile.
	 *
	 * @return the priorities of this risk profile
	 */
	@Override
	public String getPriorities() {
		return model.getPriorities();
	}

	/**
	 * Returns the risk dictionary version ID of this risk profile.
	 *
	 * @return the risk dictionary version ID of this risk profile
	 */
	@Override
	public long getRiskDictionaryVersionId() {
		return model.getRiskDictionaryVersionId();
	}

	/**
	 * Returns the risk profile ID of this risk profile.
	 *
	 * @return the risk profile ID of this risk profile
	 */
	@Override
	public long getRiskProfileId() {
		return model.getRiskProfileId();
	}

	/**
	 * Returns the school ID of this risk profile.
	 *
	 * @return the school ID of this risk profile
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the user ID of this risk profile.
	 *
	 * @return the user ID of this risk profile
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this risk profile.
	 *
	 * @return the user name of this risk profile
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this risk profile.
	 *
	 * @return the user uuid of this risk profile
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the year of this risk profile.
	 *
	 * @return the year of this risk profile
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
	 * Sets the calculated date of this risk profile.
	 *
	 * @param calculatedDate the calculated date of this risk profile
	 */
	@Override
	public void setCalculatedDate(Date calculatedDate) {
		model.setCalculatedDate(calculatedDate);
	}

	/**
	 * Sets the company ID of this risk profile.
	 *
	 * @param companyId the company ID of this risk profile
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this risk profile.
	 *
	 * @param createDate the create date of this risk profile
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this risk profile.
	 *
	 * @param groupId the group ID of this risk profile
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this risk profile.
	 *
	 * @param modifiedDate the modified date of this risk profile
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this risk profile.
	 *
	 * @param mvccVersion the mvcc version of this risk profile
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk profile.
	 *
	 * @param primaryKey the primary key of this risk profile
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priorities of this risk profile.
	 *
	 * @param priorities the priorities of this risk profile
	 */
	@Override
	public void setPriorities(String priorities) {
		model.setPriorities(priorities);
	}

	/**
	 * Sets the risk dictionary version ID of this risk profile.
	 *
	 * @param riskDictionaryVersionId the risk dictionary version ID of this risk profile
	 */
	@Override
	public void setRiskDictionaryVersionId(long riskDictionaryVersionId) {
		model.setRiskDictionaryVersionId(riskDictionaryVersionId);
	}

	/**
	 * Sets the risk profile ID of this risk profile.
	 *
	 * @param riskProfileId the risk profile ID of this risk profile
	 */
	@Override
	public void setRiskProfileId(long riskProfileId) {
		model.setRiskProfileId(riskProfileId);
	}

	/**
	 * Sets the school ID of this risk profile.
	 *
	 * @param schoolId the school ID of this risk profile
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the user ID of this risk profile.
	 *
	 * @param userId the user ID of this risk profile
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this risk profile.
	 *
	 * @param userName the user name of this risk profile
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this risk profile.
	 *
	 * @param userUuid the user uuid of this risk profile
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the year of this risk profile.
	 *
	 * @param year the year of this risk profile
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
	protected RiskProfileWrapper wrap(RiskProfile riskProfile) {
		return new RiskProfileWrapper(riskProfile);
	}

}