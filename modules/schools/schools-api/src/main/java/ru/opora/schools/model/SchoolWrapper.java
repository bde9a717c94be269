/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link School}.
 * </p>
 *
 * @author Opora
 * @see School
 * @generated
 */
public class SchoolWrapper
	extends BaseModelWrapper<School> implements ModelWrapper<School>, School {

	public SchoolWrapper(School school) {
		super(school);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("schoolId", getSchoolId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("name", getName());
		attributes.put("shortName", getShortName());
		attributes.put("address", getAddress());
		attributes.put("settlementType", getSettlementType());
		attributes.put("schoolLevel", getSchoolLevel());
		attributes.put("smallSchool", isSmallSchool());
		attributes.put("branchOfSchoolId", getBranchOfSchoolId());
		attributes.put("distanceToCentreKm", getDistanceToCentreKm());
		attributes.put("headName", getHeadName());
		attributes.put("phone", getPhone());
		attributes.put("email", getEmail());
		attributes.put("federalLogin", getFederalLogin());
		attributes.put("schoolStatus", getSchoolStatus());
		attributes.put("organizationId", getOrganizationId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		String uuid = (String)attributes.get("uuid");

		if (uuid != null) {
			setUuid(uuid);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
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

		String shortName = (String)attributes.get("shortName");

		if (shortName != null) {
			setShortName(shortName);
		}

		String address = (String)attributes.get("address");

		if (address != null) {
			setAddress(address);
		}

		String settlementType = (String)attributes.get("settlementType");

		if (settlementType != null) {
			setSettlementType(settlementType);
		}

		String schoolLevel = (String)attributes.get("schoolLevel");

		if (schoolLevel != null) {
			setSchoolLevel(schoolLevel);
		}

		Boolean smallSchool = (Boolean)attributes.get("smallSchool");

		if (smallSchool != null) {
			setSmallSchool(smallSchool);
		}

		Long branchOfSchoolId = (Long)attributes.get("branchOfSchoolId");

		if (branchOfSchoolId != null) {
			setBranchOfSchoolId(branchOfSchoolId);
		}

		Double distanceToCentreKm = (Double)attributes.get(
			"distanceToCentreKm");

		if (distanceToCentreKm != null) {
			setDistanceToCentreKm(distanceToCentreKm);
		}

		String headName = (String)attributes.get("headName");

		if (headName != null) {
			setHeadName(headName);
		}

		String phone = (String)attributes.get("phone");

		if (phone != null) {
			setPhone(phone);
		}

		String email = (String)attributes.get("email");

		if (email != null) {
			setEmail(email);
		}

		String federalLogin = (String)attributes.get("federalLogin");

		if (federalLogin != null) {
			setFederalLogin(federalLogin);
		}

		String schoolStatus = (String)attributes.get("schoolStatus");

		if (schoolStatus != null) {
			setSchoolStatus(schoolStatus);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}
	}

	@Override
	public School cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the address of this school.
	 *
	 * @return the address of this school
	 */
	@Override
	public String getAddress() {
		return model.getAddress();
	}

	/**
	 * Returns the branch of school ID of this school.
	 *
	 * @return the branch of school ID of this school
	 */
	@Override
	public long getBranchOfSchoolId() {
		return model.getBranchOfSchoolId();
	}

	/**
	 * Returns the company ID of this school.
	 *
	 * @return the company ID of this school
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this school.
	 *
	 * @return the create date of this school
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the distance to centre km of this school.
	 *
	 * @return the distance to centre km of this school
	 */
	@Override
	public double getDistanceToCentreKm() {
		return model.getDistanceToCentreKm();
	}

	/**
	 * Returns the email of this school.
	 *
	 * @return the email of this school
	 */
	@Override
	public String getEmail() {
		return model.getEmail();
	}

	/**
	 * Returns the federal login of this school.
	 *
	 * @return the federal login of this school
	 */
	@Override
	public String getFederalLogin() {
		return model.getFederalLogin();
	}

	/**
	 * Returns the group ID of this school.
	 *
	 * @return the group ID of this school
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the head name of this school.
	 *
	 * @return the head name of this school
	 */
	@Override
	public String getHeadName() {
		return model.getHeadName();
	}

	/**
	 * Returns the modified date of this school.
	 *
	 * @return the modified date of this school
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this school.
	 *
	 * @return the mvcc version of this school
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this school.
	 *
	 * @return the name of this school
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the organization ID of this school.
	 *
	 * @return the organization ID of this school
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the phone of this school.
	 *
	 * @return the phone of this school
	 */
	@Override
	public String getPhone() {
		return model.getPhone();
	}

	/**
	 * Returns the primary key of this school.
	 *
	 * @return the primary key of this school
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the school ID of this school.
	 *
	 * @return the school ID of this school
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the school level of this school.
	 *
	 * @return the school level of this school
	 */
	@Override
	public String getSchoolLevel() {
		return model.getSchoolLevel();
	}

	/**
	 * Returns the school status of this school.
	 *
	 * @return the school status of this school
	 */
	@Override
	public String getSchoolStatus() {
		return model.getSchoolStatus();
	}

	/**
	 * Returns the settlement type of this school.
	 *
	 * @return the settlement type of this school
	 */
	@Override
	public String getSettlementType() {
		return model.getSettlementType();
	}

	/**
	 * Returns the short name of this school.
	 *
	 * @return the short name of this school
	 */
	@Override
	public String getShortName() {
		return model.getShortName();
	}

	/**
	 * Returns the small school of this school.
	 *
	 * @return the small school of this school
	 */
	@Override
	public boolean getSmallSchool() {
		return model.getSmallSchool();
	}

	/**
	 * Returns the user ID of this school.
	 *
	 * @return the user ID of this school
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this school.
	 *
	 * @return the user name of this school
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this school.
	 *
	 * @return the user uuid of this school
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this school.
	 *
	 * @return the uuid of this school
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns <code>true</code> if this school is small school.
	 *
	 * @return <code>true</code> if this school is small school; <code>false</code> otherwise
	 */
	@Override
	public boolean isSmallSchool() {
		return model.isSmallSchool();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the address of this school.
	 *
	 * @param address the address of this school
	 */
	@Override
	public void setAddress(String address) {
		model.setAddress(address);
	}

	/**
	 * Sets the branch of school ID of this school.
	 *
	 * @param branchOfSchoolId the branch of school ID of this school
	 */
	@Override
	public void setBranchOfSchoolId(long branchOfSchoolId) {
		model.setBranchOfSchoolId(branchOfSchoolId);
	}

	/**
	 * Sets the company ID of this school.
	 *
	 * @param companyId the company ID of this school
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this school.
	 *
	 * @param createDate the create date of this school
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the distance to centre km of this school.
	 *
	 * @param distanceToCentreKm the distance to centre km of this school
	 */
	@Override
	public void setDistanceToCentreKm(double distanceToCentreKm) {
		model.setDistanceToCentreKm(distanceToCentreKm);
	}

	/**
	 * Sets the email of this school.
	 *
	 * @param email the email of this school
	 */
	@Override
	public void setEmail(String email) {
		model.setEmail(email);
	}

	/**
	 * Sets the federal login of this school.
	 *
	 * @param federalLogin the federal login of this school
	 */
	@Override
	public void setFederalLogin(String federalLogin) {
		model.setFederalLogin(federalLogin);
	}

	/**
	 * Sets the group ID of this school.
	 *
	 * @param groupId the group ID of this school
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the head name of this school.
	 *
	 * @param headName the head name of this school
	 */
	@Override
	public void setHeadName(String headName) {
		model.setHeadName(headName);
	}

	/**
	 * Sets the modified date of this school.
	 *
	 * @param modifiedDate the modified date of this school
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this school.
	 *
	 * @param mvccVersion the mvcc version of this school
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this school.
	 *
	 * @param name the name of this school
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the organization ID of this school.
	 *
	 * @param organizationId the organization ID of this school
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the phone of this school.
	 *
	 * @param phone the phone of this school
	 */
	@Override
	public void setPhone(String phone) {
		model.setPhone(phone);
	}

	/**
	 * Sets the primary key of this school.
	 *
	 * @param primaryKey the primary key of this school
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the school ID of this school.
	 *
	 * @param schoolId the school ID of this school
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the school level of this school.
	 *
	 * @param schoolLevel the school level of this school
	 */
	@Override
	public void setSchoolLevel(String schoolLevel) {
		model.setSchoolLevel(schoolLevel);
	}

	/**
	 * Sets the school status of this school.
	 *
	 * @param schoolStatus the school status of this school
	 */
	@Override
	public void setSchoolStatus(String schoolStatus) {
		model.setSchoolStatus(schoolStatus);
	}

	/**
	 * Sets the settlement type of this school.
	 *
	 * @param settlementType the settlement type of this school
	 */
	@Override
	public void setSettlementType(String settlementType) {
		model.setSettlementType(settlementType);
	}

	/**
	 * Sets the short name of this school.
	 *
	 * @param shortName the short name of this school
	 */
	@Override
	public void setShortName(String shortName) {
		model.setShortName(shortName);
	}

	/**
	 * Sets whether this school is small school.
	 *
	 * @param smallSchool the small school of this school
	 */
	@Override
	public void setSmallSchool(boolean smallSchool) {
		model.setSmallSchool(smallSchool);
	}

	/**
	 * Sets the user ID of this school.
	 *
	 * @param userId the user ID of this school
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this school.
	 *
	 * @param userName the user name of this school
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this school.
	 *
	 * @param userUuid the user uuid of this school
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this school.
	 *
	 * @param uuid the uuid of this school
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	/**
	 * The stored school as the domain core sees it.
	 */
	@Override
	public ru.opora.domain.school.SchoolData toSchoolData() {
		return model.toSchoolData();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	public StagedModelType getStagedModelType() {
		return model.getStagedModelType();
	}

	@Override
	protected SchoolWrapper wrap(School school) {
		return new SchoolWrapper(school);
	}

}