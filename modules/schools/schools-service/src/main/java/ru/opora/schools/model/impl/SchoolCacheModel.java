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

import ru.opora.schools.model.School;

/**
 * The cache model class for representing School in entity cache.
 *
 * @author Opora
 * @generated
 */
public class SchoolCacheModel
	implements CacheModel<School>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SchoolCacheModel)) {
			return false;
		}

		SchoolCacheModel schoolCacheModel = (SchoolCacheModel)object;

		if ((schoolId == schoolCacheModel.schoolId) &&
			(mvccVersion == schoolCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, schoolId);

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
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", schoolId=");
		sb.append(schoolId);
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
		sb.append(", name=");
		sb.append(name);
		sb.append(", shortName=");
		sb.append(shortName);
		sb.append(", address=");
		sb.append(address);
		sb.append(", settlementType=");
		sb.append(settlementType);
		sb.append(", schoolLevel=");
		sb.append(schoolLevel);
		sb.append(", smallSchool=");
		sb.append(smallSchool);
		sb.append(", branchOfSchoolId=");
		sb.append(branchOfSchoolId);
		sb.append(", distanceToCentreKm=");
		sb.append(distanceToCentreKm);
		sb.append(", headName=");
		sb.append(headName);
		sb.append(", phone=");
		sb.append(phone);
		sb.append(", email=");
		sb.append(email);
		sb.append(", federalLogin=");
		sb.append(federalLogin);
		sb.append(", schoolStatus=");
		sb.append(schoolStatus);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public School toEntityModel() {
		SchoolImpl schoolImpl = new SchoolImpl();

		schoolImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			schoolImpl.setUuid("");
		}
		else {
			schoolImpl.setUuid(uuid);
		}

		schoolImpl.setSchoolId(schoolId);
		schoolImpl.setGroupId(groupId);
		schoolImpl.setCompanyId(companyId);
		schoolImpl.setUserId(userId);

		if (userName == null) {
			schoolImpl.setUserName("");
		}
		else {
			schoolImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			schoolImpl.setCreateDate(null);
		}
		else {
			schoolImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			schoolImpl.setModifiedDate(null);
		}
		else {
			schoolImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (name == null) {
			schoolImpl.setName("");
		}
		else {
			schoolImpl.setName(name);
		}

		if (shortName == null) {
			schoolImpl.setShortName("");
		}
		else {
			schoolImpl.setShortName(shortName);
		}

		if (address == null) {
			schoolImpl.setAddress("");
		}
		else {
			schoolImpl.setAddress(address);
		}

		if (settlementType == null) {
			schoolImpl.setSettlementType("");
		}
		else {
			schoolImpl.setSettlementType(settlementType);
		}

		if (schoolLevel == null) {
			schoolImpl.setSchoolLevel("");
		}
		else {
			schoolImpl.setSchoolLevel(schoolLevel);
		}

		schoolImpl.setSmallSchool(smallSchool);
		schoolImpl.setBranchOfSchoolId(branchOfSchoolId);
		schoolImpl.setDistanceToCentreKm(distanceToCentreKm);

		if (headName == null) {
			schoolImpl.setHeadName("");
		}
		else {
			schoolImpl.setHeadName(headName);
		}

		if (phone == null) {
			schoolImpl.setPhone("");
		}
		else {
			schoolImpl.setPhone(phone);
		}

		if (email == null) {
			schoolImpl.setEmail("");
		}
		else {
			schoolImpl.setEmail(email);
		}

		if (federalLogin == null) {
			schoolImpl.setFederalLogin("");
		}
		else {
			schoolImpl.setFederalLogin(federalLogin);
		}

		if (schoolStatus == null) {
			schoolImpl.setSchoolStatus("");
		}
		else {
			schoolImpl.setSchoolStatus(schoolStatus);
		}

		schoolImpl.setOrganizationId(organizationId);

		schoolImpl.resetOriginalValues();

		return schoolImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		schoolId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		name = objectInput.readUTF();
		shortName = objectInput.readUTF();
		address = objectInput.readUTF();
		settlementType = objectInput.readUTF();
		schoolLevel = objectInput.readUTF();

		smallSchool = objectInput.readBoolean();

		branchOfSchoolId = objectInput.readLong();

		distanceToCentreKm = objectInput.readDouble();
		headName = objectInput.readUTF();
		phone = objectInput.readUTF();
		email = objectInput.readUTF();
		federalLogin = objectInput.readUTF();
		schoolStatus = objectInput.readUTF();

		organizationId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		if (uuid == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uuid);
		}

		objectOutput.writeLong(schoolId);

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

		if (name == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(name);
		}

		if (shortName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(shortName);
		}

		if (address == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(address);
		}

		if (settlementType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(settlementType);
		}

		if (schoolLevel == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(schoolLevel);
		}

		objectOutput.writeBoolean(smallSchool);

		objectOutput.writeLong(branchOfSchoolId);

		objectOutput.writeDouble(distanceToCentreKm);

		if (headName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(headName);
		}

		if (phone == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(phone);
		}

		if (email == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(email);
		}

		if (federalLogin == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(federalLogin);
		}

		if (schoolStatus == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(schoolStatus);
		}

		objectOutput.writeLong(organizationId);
	}

	public long mvccVersion;
	public String uuid;
	public long schoolId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String name;
	public String shortName;
	public String address;
	public String settlementType;
	public String schoolLevel;
	public boolean smallSchool;
	public long branchOfSchoolId;
	public double distanceToCentreKm;
	public String headName;
	public String phone;
	public String email;
	public String federalLogin;
	public String schoolStatus;
	public long organizationId;

}