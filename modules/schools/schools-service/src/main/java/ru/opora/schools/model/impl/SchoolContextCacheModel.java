/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.schools.model.SchoolContext;

/**
 * The cache model class for representing SchoolContext in entity cache.
 *
 * @author Opora
 * @generated
 */
public class SchoolContextCacheModel
	implements CacheModel<SchoolContext>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SchoolContextCacheModel)) {
			return false;
		}

		SchoolContextCacheModel schoolContextCacheModel =
			(SchoolContextCacheModel)object;

		if ((schoolContextId == schoolContextCacheModel.schoolContextId) &&
			(mvccVersion == schoolContextCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, schoolContextId);

		return HashUtil.hash(hashCode, mvccVersion);
	}

	@Override
	public long getMvccVersion() {
		return mvccVersion;
	}

	@Override
	public void setMvccVersion(long mvccVersion) {
		this.mvccVersion = mvccVersion;
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(47);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", schoolContextId=");
		sb.append(schoolContextId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", contextYear=");
		sb.append(contextYear);
		sb.append(", pupilsCount=");
		sb.append(pupilsCount);
		sb.append(", shareSingleParent=");
		sb.append(shareSingleParent);
		sb.append(", shareBothParentsHigherEdu=");
		sb.append(shareBothParentsHigherEdu);
		sb.append(", shareParentHigherEdu=");
		sb.append(shareParentHigherEdu);
		sb.append(", shareDeviantRegistered=");
		sb.append(shareDeviantRegistered);
		sb.append(", shareNonNativeRussian=");
		sb.append(shareNonNativeRussian);
		sb.append(", shareLowIncome=");
		sb.append(shareLowIncome);
		sb.append(", teacherVacancies=");
		sb.append(teacherVacancies);
		sb.append(", shareTeachersAged65Plus=");
		sb.append(shareTeachersAged65Plus);
		sb.append(", shareTeachersDoubleLoad=");
		sb.append(shareTeachersDoubleLoad);
		sb.append(", needsMajorRepair=");
		sb.append(needsMajorRepair);
		sb.append(", hasHighSpeedInternet=");
		sb.append(hasHighSpeedInternet);
		sb.append(", hasGrowthPointCentre=");
		sb.append(hasGrowthPointCentre);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SchoolContext toEntityModel() {
		SchoolContextImpl schoolContextImpl = new SchoolContextImpl();

		schoolContextImpl.setMvccVersion(mvccVersion);
		schoolContextImpl.setSchoolContextId(schoolContextId);
		schoolContextImpl.setGroupId(groupId);
		schoolContextImpl.setCompanyId(companyId);
		schoolContextImpl.setUserId(userId);

		if (userName == null) {
			schoolContextImpl.setUserName("");
		}
		else {
			schoolContextImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			schoolContextImpl.setCreateDate(null);
		}
		else {
			schoolContextImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			schoolContextImpl.setModifiedDate(null);
		}
		else {
			schoolContextImpl.setModifiedDate(new Date(modifiedDate));
		}

		schoolContextImpl.setSchoolId(schoolId);
		schoolContextImpl.setContextYear(contextYear);
		schoolContextImpl.setPupilsCount(pupilsCount);
		schoolContextImpl.setShareSingleParent(shareSingleParent);
		schoolContextImpl.setShareBothParentsHigherEdu(
			shareBothParentsHigherEdu);
		schoolContextImpl.setShareParentHigherEdu(shareParentHigherEdu);
		schoolContextImpl.setShareDeviantRegistered(shareDeviantRegistered);
		schoolContextImpl.setShareNonNativeRussian(shareNonNativeRussian);
		schoolContextImpl.setShareLowIncome(shareLowIncome);
		schoolContextImpl.setTeacherVacancies(teacherVacancies);
		schoolContextImpl.setShareTeachersAged65Plus(shareTeachersAged65Plus);
		schoolContextImpl.setShareTeachersDoubleLoad(shareTeachersDoubleLoad);
		schoolContextImpl.setNeedsMajorRepair(needsMajorRepair);
		schoolContextImpl.setHasHighSpeedInternet(hasHighSpeedInternet);
		schoolContextImpl.setHasGrowthPointCentre(hasGrowthPointCentre);

		schoolContextImpl.resetOriginalValues();

		return schoolContextImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		schoolContextId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		schoolId = objectInput.readLong();

		contextYear = objectInput.readInt();

		pupilsCount = objectInput.readInt();

		shareSingleParent = objectInput.readDouble();

		shareBothParentsHigherEdu = objectInput.readDouble();

		shareParentHigherEdu = objectInput.readDouble();

		shareDeviantRegistered = objectInput.readDouble();

		shareNonNativeRussian = objectInput.readDouble();

		shareLowIncome = objectInput.readDouble();

		teacherVacancies = objectInput.readInt();

		shareTeachersAged65Plus = objectInput.readDouble();

		shareTeachersDoubleLoad = objectInput.readDouble();

		needsMajorRepair = objectInput.readBoolean();

		hasHighSpeedInternet = objectInput.readBoolean();

		hasGrowthPointCentre = objectInput.readBoolean();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(schoolContextId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(schoolId);

		objectOutput.writeInt(contextYear);

		objectOutput.writeInt(pupilsCount);

		objectOutput.writeDouble(shareSingleParent);

		objectOutput.writeDouble(shareBothParentsHigherEdu);

		objectOutput.writeDouble(shareParentHigherEdu);

		objectOutput.writeDouble(shareDeviantRegistered);

		objectOutput.writeDouble(shareNonNativeRussian);

		objectOutput.writeDouble(shareLowIncome);

		objectOutput.writeInt(teacherVacancies);

		objectOutput.writeDouble(shareTeachersAged65Plus);

		objectOutput.writeDouble(shareTeachersDoubleLoad);

		objectOutput.writeBoolean(needsMajorRepair);

		objectOutput.writeBoolean(hasHighSpeedInternet);

		objectOutput.writeBoolean(hasGrowthPointCentre);
	}

	public long mvccVersion;
	public long schoolContextId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long schoolId;
	public int contextYear;
	public int pupilsCount;
	public double shareSingleParent;
	public double shareBothParentsHigherEdu;
	public double shareParentHigherEdu;
	public double shareDeviantRegistered;
	public double shareNonNativeRussian;
	public double shareLowIncome;
	public int teacherVacancies;
	public double shareTeachersAged65Plus;
	public double shareTeachersDoubleLoad;
	public boolean needsMajorRepair;
	public boolean hasHighSpeedInternet;
	public boolean hasGrowthPointCentre;

}