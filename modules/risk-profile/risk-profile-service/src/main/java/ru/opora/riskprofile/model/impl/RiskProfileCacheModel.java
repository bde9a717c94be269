/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.riskprofile.model.RiskProfile;

/**
 * The cache model class for representing RiskProfile in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskProfileCacheModel
	implements CacheModel<RiskProfile>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskProfileCacheModel)) {
			return false;
		}

		RiskProfileCacheModel riskProfileCacheModel =
			(RiskProfileCacheModel)object;

		if ((riskProfileId == riskProfileCacheModel.riskProfileId) &&
			(mvccVersion == riskProfileCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskProfileId);

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
		StringBundler sb = new StringBundler(27);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", riskProfileId=");
		sb.append(riskProfileId);
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
		sb.append(", year=");
		sb.append(year);
		sb.append(", riskDictionaryVersionId=");
		sb.append(riskDictionaryVersionId);
		sb.append(", calculatedDate=");
		sb.append(calculatedDate);
		sb.append(", priorities=");
		sb.append(priorities);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskProfile toEntityModel() {
		RiskProfileImpl riskProfileImpl = new RiskProfileImpl();

		riskProfileImpl.setMvccVersion(mvccVersion);
		riskProfileImpl.setRiskProfileId(riskProfileId);
		riskProfileImpl.setGroupId(groupId);
		riskProfileImpl.setCompanyId(companyId);
		riskProfileImpl.setUserId(userId);

		if (userName == null) {
			riskProfileImpl.setUserName("");
		}
		else {
			riskProfileImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			riskProfileImpl.setCreateDate(null);
		}
		else {
			riskProfileImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			riskProfileImpl.setModifiedDate(null);
		}
		else {
			riskProfileImpl.setModifiedDate(new Date(modifiedDate));
		}

		riskProfileImpl.setSchoolId(schoolId);
		riskProfileImpl.setYear(year);
		riskProfileImpl.setRiskDictionaryVersionId(riskDictionaryVersionId);

		if (calculatedDate == Long.MIN_VALUE) {
			riskProfileImpl.setCalculatedDate(null);
		}
		else {
			riskProfileImpl.setCalculatedDate(new Date(calculatedDate));
		}

		if (priorities == null) {
			riskProfileImpl.setPriorities("");
		}
		else {
			riskProfileImpl.setPriorities(priorities);
		}

		riskProfileImpl.resetOriginalValues();

		return riskProfileImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskProfileId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		schoolId = objectInput.readLong();

		year = objectInput.readInt();

		riskDictionaryVersionId = objectInput.readLong();
		calculatedDate = objectInput.readLong();
		priorities = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskProfileId);

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

		objectOutput.writeInt(year);

		objectOutput.writeLong(riskDictionaryVersionId);
		objectOutput.writeLong(calculatedDate);

		if (priorities == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(priorities);
		}
	}

	public long mvccVersion;
	public long riskProfileId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long schoolId;
	public int year;
	public long riskDictionaryVersionId;
	public long calculatedDate;
	public String priorities;

}