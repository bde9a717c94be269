/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link SchoolContext}.
 * </p>
 *
 * @author Opora
 * @see SchoolContext
 * @generated
 */
public class SchoolContextWrapper
	extends BaseModelWrapper<SchoolContext>
	implements ModelWrapper<SchoolContext>, SchoolContext {

	public SchoolContextWrapper(SchoolContext schoolContext) {
		super(schoolContext);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("schoolContextId", getSchoolContextId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("schoolId", getSchoolId());
		attributes.put("contextYear", getContextYear());
		attributes.put("pupilsCount", getPupilsCount());
		attributes.put("shareSingleParent", getShareSingleParent());
		attributes.put(
			"shareBothParentsHigherEdu", getShareBothParentsHigherEdu());
		attributes.put("shareParentHigherEdu", getShareParentHigherEdu());
		attributes.put("shareDeviantRegistered", getShareDeviantRegistered());
		attributes.put("shareNonNativeRussian", getShareNonNativeRussian());
		attributes.put("shareLowIncome", getShareLowIncome());
		attributes.put("teacherVacancies", getTeacherVacancies());
		attributes.put("shareTeachersAged65Plus", getShareTeachersAged65Plus());
		attributes.put("shareTeachersDoubleLoad", getShareTeachersDoubleLoad());
		attributes.put("needsMajorRepair", isNeedsMajorRepair());
		attributes.put("hasHighSpeedInternet", isHasHighSpeedInternet());
		attributes.put("hasGrowthPointCentre", isHasGrowthPointCentre());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long schoolContextId = (Long)attributes.get("schoolContextId");

		if (schoolContextId != null) {
			setSchoolContextId(schoolContextId);
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

		Integer contextYear = (Integer)attributes.get("contextYear");

		if (contextYear != null) {
			setContextYear(contextYear);
		}

		Integer pupilsCount = (Integer)attributes.get("pupilsCount");

		if (pupilsCount != null) {
			setPupilsCount(pupilsCount);
		}

		Double shareSingleParent = (Double)attributes.get("shareSingleParent");

		if (shareSingleParent != null) {
			setShareSingleParent(shareSingleParent);
		}

		Double shareBothParentsHigherEdu = (Double)attributes.get(
			"shareBothParentsHigherEdu");

		if (shareBothParentsHigherEdu != null) {
			setShareBothParentsHigherEdu(shareBothParentsHigherEdu);
		}

		Double shareParentHigherEdu = (Double)attributes.get(
			"shareParentHigherEdu");

		if (shareParentHigherEdu != null) {
			setShareParentHigherEdu(shareParentHigherEdu);
		}

		Double shareDeviantRegistered = (Double)attributes.get(
			"shareDeviantRegistered");

		if (shareDeviantRegistered != null) {
			setShareDeviantRegistered(shareDeviantRegistered);
		}

		Double shareNonNativeRussian = (Double)attributes.get(
			"shareNonNativeRussian");

		if (shareNonNativeRussian != null) {
			setShareNonNativeRussian(shareNonNativeRussian);
		}

		Double shareLowIncome = (Double)attributes.get("shareLowIncome");

		if (shareLowIncome != null) {
			setShareLowIncome(shareLowIncome);
		}

		Integer teacherVacancies = (Integer)attributes.get("teacherVacancies");

		if (teacherVacancies != null) {
			setTeacherVacancies(teacherVacancies);
		}

		Double shareTeachersAged65Plus = (Double)attributes.get(
			"shareTeachersAged65Plus");

		if (shareTeachersAged65Plus != null) {
			setShareTeachersAged65Plus(shareTeachersAged65Plus);
		}

		Double shareTeachersDoubleLoad = (Double)attributes.get(
			"shareTeachersDoubleLoad");

		if (shareTeachersDoubleLoad != null) {
			setShareTeachersDoubleLoad(shareTeachersDoubleLoad);
		}

		Boolean needsMajorRepair = (Boolean)attributes.get("needsMajorRepair");

		if (needsMajorRepair != null) {
			setNeedsMajorRepair(needsMajorRepair);
		}

		Boolean hasHighSpeedInternet = (Boolean)attributes.get(
			"hasHighSpeedInternet");

		if (hasHighSpeedInternet != null) {
			setHasHighSpeedInternet(hasHighSpeedInternet);
		}

		Boolean hasGrowthPointCentre = (Boolean)attributes.get(
			"hasGrowthPointCentre");

		if (hasGrowthPointCentre != null) {
			setHasGrowthPointCentre(hasGrowthPointCentre);
		}
	}

	@Override
	public SchoolContext cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this school context.
	 *
	 * @return the company ID of this school context
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the context year of this school context.
	 *
	 * @return the context year of this school context
	 */
	@Override
	public int getContextYear() {
		return model.getContextYear();
	}

	/**
	 * Returns the create date of this school context.
	 *
	 * @return the create date of this school context
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this school context.
	 *
	 * @return the group ID of this school context
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the has growth point centre of this school context.
	 *
	 * @return the has growth point centre of this school context
	 */
	@Override
	public boolean getHasGrowthPointCentre() {
		return model.getHasGrowthPointCentre();
	}

	/**
	 * Returns the has high speed internet of this school context.
	 *
	 * @return the has high speed internet of this school context
	 */
	@Override
	public boolean getHasHighSpeedInternet() {
		return model.getHasHighSpeedInternet();
	}

	/**
	 * Returns the modified date of this school context.
	 *
	 * @return the modified date of this school context
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this school context.
	 *
	 * @return the mvcc version of this school context
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the needs major repair of this school context.
	 *
	 * @return the needs major repair of this school context
	 */
	@Override
	public boolean getNeedsMajorRepair() {
		return model.getNeedsMajorRepair();
	}

	/**
	 * Returns the primary key of this school context.
	 *
	 * @return the primary key of this school context
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the pupils count of this school context.
	 *
	 * @return the pupils count of this school context
	 */
	@Override
	public int getPupilsCount() {
		return model.getPupilsCount();
	}

	/**
	 * Returns the school context ID of this school context.
	 *
	 * @return the school context ID of this school context
	 */
	@Override
	public long getSchoolContextId() {
		return model.getSchoolContextId();
	}

	/**
	 * Returns the school ID of this school context.
	 *
	 * @return the school ID of this school context
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the share both parents higher edu of this school context.
	 *
	 * @return the share both parents higher edu of this school context
	 */
	@Override
	public double getShareBothParentsHigherEdu() {
		return model.getShareBothParentsHigherEdu();
	}

	/**
	 * Returns the share deviant registered of this school context.
	 *
	 * @return the share deviant registered of this school context
	 */
	@Override
	public double getShareDeviantRegistered() {
		return model.getShareDeviantRegistered();
	}

	/**
	 * Returns the share low income of this school context.
	 *
	 * @return the share low income of this school context
	 */
	@Override
	public double getShareLowIncome() {
		return model.getShareLowIncome();
	}

	/**
	 * Returns the share non native russian of this school context.
	 *
	 * @return the share non native russian of this school context
	 */
	@Override
	public double getShareNonNativeRussian() {
		return model.getShareNonNativeRussian();
	}

	/**
	 * Returns the share parent higher edu of this school context.
	 *
	 * @return the share parent higher edu of this school context
	 */
	@Override
	public double getShareParentHigherEdu() {
		return model.getShareParentHigherEdu();
	}

	/**
	 * Returns the share single parent of this school context.
	 *
	 * @return the share single parent of this school context
	 */
	@Override
	public double getShareSingleParent() {
		return model.getShareSingleParent();
	}

	/**
	 * Returns the share teachers aged65 plus of this school context.
	 *
	 * @return the share teachers aged65 plus of this school context
	 */
	@Override
	public double getShareTeachersAged65Plus() {
		return model.getShareTeachersAged65Plus();
	}

	/**
	 * Returns the share teachers double load of this school context.
	 *
	 * @return the share teachers double load of this school context
	 */
	@Override
	public double getShareTeachersDoubleLoad() {
		return model.getShareTeachersDoubleLoad();
	}

	/**
	 * Returns the teacher vacancies of this school context.
	 *
	 * @return the teacher vacancies of this school context
	 */
	@Override
	public int getTeacherVacancies() {
		return model.getTeacherVacancies();
	}

	/**
	 * Returns the user ID of this school context.
	 *
	 * @return the user ID of this school context
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this school context.
	 *
	 * @return the user name of this school context
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this school context.
	 *
	 * @return the user uuid of this school context
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns <code>true</code> if this school context is has growth point centre.
	 *
	 * @return <code>true</code> if this school context is has growth point centre; <code>false</code> otherwise
	 */
	@Override
	public boolean isHasGrowthPointCentre() {
		return model.isHasGrowthPointCentre();
	}

	/**
	 * Returns <code>true</code> if this school context is has high speed internet.
	 *
	 * @return <code>true</code> if this school context is has high speed internet; <code>false</code> otherwise
	 */
	@Override
	public boolean isHasHighSpeedInternet() {
		return model.isHasHighSpeedInternet();
	}

	/**
	 * Returns <code>true</code> if this school context is needs major repair.
	 *
	 * @return <code>true</code> if this school context is needs major repair; <code>false</code> otherwise
	 */
	@Override
	public boolean isNeedsMajorRepair() {
		return model.isNeedsMajorRepair();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this school context.
	 *
	 * @param companyId the company ID of this school context
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the context year of this school context.
	 *
	 * @param contextYear the context year of this school context
	 */
	@Override
	public void setContextYear(int contextYear) {
		model.setContextYear(contextYear);
	}

	/**
	 * Sets the create date of this school context.
	 *
	 * @param createDate the create date of this school context
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this school context.
	 *
	 * @param groupId the group ID of this school context
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets whether this school context is has growth point centre.
	 *
	 * @param hasGrowthPointCentre the has growth point centre of this school context
	 */
	@Override
	public void setHasGrowthPointCentre(boolean hasGrowthPointCentre) {
		model.setHasGrowthPointCentre(hasGrowthPointCentre);
	}

	/**
	 * Sets whether this school context is has high speed internet.
	 *
	 * @param hasHighSpeedInternet the has high speed internet of this school context
	 */
	@Override
	public void setHasHighSpeedInternet(boolean hasHighSpeedInternet) {
		model.setHasHighSpeedInternet(hasHighSpeedInternet);
	}

	/**
	 * Sets the modified date of this school context.
	 *
	 * @param modifiedDate the modified date of this school context
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this school context.
	 *
	 * @param mvccVersion the mvcc version of this school context
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets whether this school context is needs major repair.
	 *
	 * @param needsMajorRepair the needs major repair of this school context
	 */
	@Override
	public void setNeedsMajorRepair(boolean needsMajorRepair) {
		model.setNeedsMajorRepair(needsMajorRepair);
	}

	/**
	 * Sets the primary key of this school context.
	 *
	 * @param primaryKey the primary key of this school context
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the pupils count of this school context.
	 *
	 * @param pupilsCount the pupils count of this school context
	 */
	@Override
	public void setPupilsCount(int pupilsCount) {
		model.setPupilsCount(pupilsCount);
	}

	/**
	 * Sets the school context ID of this school context.
	 *
	 * @param schoolContextId the school context ID of this school context
	 */
	@Override
	public void setSchoolContextId(long schoolContextId) {
		model.setSchoolContextId(schoolContextId);
	}

	/**
	 * Sets the school ID of this school context.
	 *
	 * @param schoolId the school ID of this school context
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the share both parents higher edu of this school context.
	 *
	 * @param shareBothParentsHigherEdu the share both parents higher edu of this school context
	 */
	@Override
	public void setShareBothParentsHigherEdu(double shareBothParentsHigherEdu) {
		model.setShareBothParentsHigherEdu(shareBothParentsHigherEdu);
	}

	/**
	 * Sets the share deviant registered of this school context.
	 *
	 * @param shareDeviantRegistered the share deviant registered of this school context
	 */
	@Override
	public void setShareDeviantRegistered(double shareDeviantRegistered) {
		model.setShareDeviantRegistered(shareDeviantRegistered);
	}

	/**
	 * Sets the share low income of this school context.
	 *
	 * @param shareLowIncome the share low income of this school context
	 */
	@Override
	public void setShareLowIncome(double shareLowIncome) {
		model.setShareLowIncome(shareLowIncome);
	}

	/**
	 * Sets the share non native russian of this school context.
	 *
	 * @param shareNonNativeRussian the share non native russian of this school context
	 */
	@Override
	public void setShareNonNativeRussian(double shareNonNativeRussian) {
		model.setShareNonNativeRussian(shareNonNativeRussian);
	}

	/**
	 * Sets the share parent higher edu of this school context.
	 *
	 * @param shareParentHigherEdu the share parent higher edu of this school context
	 */
	@Override
	public void setShareParentHigherEdu(double shareParentHigherEdu) {
		model.setShareParentHigherEdu(shareParentHigherEdu);
	}

	/**
	 * Sets the share single parent of this school context.
	 *
	 * @param shareSingleParent the share single parent of this school context
	 */
	@Override
	public void setShareSingleParent(double shareSingleParent) {
		model.setShareSingleParent(shareSingleParent);
	}

	/**
	 * Sets the share teachers aged65 plus of this school context.
	 *
	 * @param shareTeachersAged65Plus the share teachers aged65 plus of this school context
	 */
	@Override
	public void setShareTeachersAged65Plus(double shareTeachersAged65Plus) {
		model.setShareTeachersAged65Plus(shareTeachersAged65Plus);
	}

	/**
	 * Sets the share teachers double load of this school context.
	 *
	 * @param shareTeachersDoubleLoad the share teachers double load of this school context
	 */
	@Override
	public void setShareTeachersDoubleLoad(double shareTeachersDoubleLoad) {
		model.setShareTeachersDoubleLoad(shareTeachersDoubleLoad);
	}

	/**
	 * Sets the teacher vacancies of this school context.
	 *
	 * @param teacherVacancies the teacher vacancies of this school context
	 */
	@Override
	public void setTeacherVacancies(int teacherVacancies) {
		model.setTeacherVacancies(teacherVacancies);
	}

	/**
	 * Sets the user ID of this school context.
	 *
	 * @param userId the user ID of this school context
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this school context.
	 *
	 * @param userName the user name of this school context
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this school context.
	 *
	 * @param userUuid the user uuid of this school context
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * The stored context as the domain core sees it.
	 */
	@Override
	public ru.opora.domain.school.ContextFigures toContextFigures() {
		return model.toContextFigures();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SchoolContextWrapper wrap(SchoolContext schoolContext) {
		return new SchoolContextWrapper(schoolContext);
	}

}