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

import ru.opora.riskprofile.model.RiskDocument;

/**
 * The cache model class for representing RiskDocument in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskDocumentCacheModel
	implements CacheModel<RiskDocument>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskDocumentCacheModel)) {
			return false;
		}

		RiskDocumentCacheModel riskDocumentCacheModel =
			(RiskDocumentCacheModel)object;

		if ((riskDocumentId == riskDocumentCacheModel.riskDocumentId) &&
			(mvccVersion == riskDocumentCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskDocumentId);

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
		sb.append(", riskDocumentId=");
		sb.append(riskDocumentId);
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
		sb.append(", documentType=");
		sb.append(documentType);
		sb.append(", factorCode=");
		sb.append(factorCode);
		sb.append(", version=");
		sb.append(version);
		sb.append(", status=");
		sb.append(status);
		sb.append(", round=");
		sb.append(round);
		sb.append(", periodStart=");
		sb.append(periodStart);
		sb.append(", periodEnd=");
		sb.append(periodEnd);
		sb.append(", goal=");
		sb.append(goal);
		sb.append(", tasks=");
		sb.append(tasks);
		sb.append(", expectedResult=");
		sb.append(expectedResult);
		sb.append(", folderId=");
		sb.append(folderId);
		sb.append(", statusUserId=");
		sb.append(statusUserId);
		sb.append(", statusDate=");
		sb.append(statusDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskDocument toEntityModel() {
		RiskDocumentImpl riskDocumentImpl = new RiskDocumentImpl();

		riskDocumentImpl.setMvccVersion(mvccVersion);
		riskDocumentImpl.setRiskDocumentId(riskDocumentId);
		riskDocumentImpl.setGroupId(groupId);
		riskDocumentImpl.setCompanyId(companyId);
		riskDocumentImpl.setUserId(userId);

		if (userName == null) {
			riskDocumentImpl.setUserName("");
		}
		else {
			riskDocumentImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			riskDocumentImpl.setCreateDate(null);
		}
		else {
			riskDocumentImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			riskDocumentImpl.setModifiedDate(null);
		}
		else {
			riskDocumentImpl.setModifiedDate(new Date(modifiedDate));
		}

		riskDocumentImpl.setSchoolId(schoolId);
		riskDocumentImpl.setYear(year);

		if (documentType == null) {
			riskDocumentImpl.setDocumentType("");
		}
		else {
			riskDocumentImpl.setDocumentType(documentType);
		}

		if (factorCode == null) {
			riskDocumentImpl.setFactorCode("");
		}
		else {
			riskDocumentImpl.setFactorCode(factorCode);
		}

		riskDocumentImpl.setVersion(version);

		if (status == null) {
			riskDocumentImpl.setStatus("");
		}
		else {
			riskDocumentImpl.setStatus(status);
		}

		riskDocumentImpl.setRound(round);

		if (periodStart == Long.MIN_VALUE) {
			riskDocumentImpl.setPeriodStart(null);
		}
		else {
			riskDocumentImpl.setPeriodStart(new Date(periodStart));
		}

		if (periodEnd == Long.MIN_VALUE) {
			riskDocumentImpl.setPeriodEnd(null);
		}
		else {
			riskDocumentImpl.setPeriodEnd(new Date(periodEnd));
		}

		if (goal == null) {
			riskDocumentImpl.setGoal("");
		}
		else {
			riskDocumentImpl.setGoal(goal);
		}

		if (tasks == null) {
			riskDocumentImpl.setTasks("");
		}
		else {
			riskDocumentImpl.setTasks(tasks);
		}

		if (expectedResult == null) {
			riskDocumentImpl.setExpectedResult("");
		}
		else {
			riskDocumentImpl.setExpectedResult(expectedResult);
		}

		riskDocumentImpl.setFolderId(folderId);
		riskDocumentImpl.setStatusUserId(statusUserId);

		if (statusDate == Long.MIN_VALUE) {
			riskDocumentImpl.setStatusDate(null);
		}
		else {
			riskDocumentImpl.setStatusDate(new Date(statusDate));
		}

		riskDocumentImpl.resetOriginalValues();

		return riskDocumentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskDocumentId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		schoolId = objectInput.readLong();

		year = objectInput.readInt();
		documentType = objectInput.readUTF();
		factorCode = objectInput.readUTF();

		version = objectInput.readInt();
		status = objectInput.readUTF();

		round = objectInput.readInt();
		periodStart = objectInput.readLong();
		periodEnd = objectInput.readLong();
		goal = objectInput.readUTF();
		tasks = objectInput.readUTF();
		expectedResult = objectInput.readUTF();

		folderId = objectInput.readLong();

		statusUserId = objectInput.readLong();
		statusDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskDocumentId);

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

		if (documentType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(documentType);
		}

		if (factorCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(factorCode);
		}

		objectOutput.writeInt(version);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeInt(round);
		objectOutput.writeLong(periodStart);
		objectOutput.writeLong(periodEnd);

		if (goal == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(goal);
		}

		if (tasks == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(tasks);
		}

		if (expectedResult == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(expectedResult);
		}

		objectOutput.writeLong(folderId);

		objectOutput.writeLong(statusUserId);
		objectOutput.writeLong(statusDate);
	}

	public long mvccVersion;
	public long riskDocumentId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long schoolId;
	public int year;
	public String documentType;
	public String factorCode;
	public int version;
	public String status;
	public int round;
	public long periodStart;
	public long periodEnd;
	public String goal;
	public String tasks;
	public String expectedResult;
	public long folderId;
	public long statusUserId;
	public long statusDate;

}