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

import ru.opora.riskprofile.model.RiskVerification;

/**
 * The cache model class for representing RiskVerification in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskVerificationCacheModel
	implements CacheModel<RiskVerification>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskVerificationCacheModel)) {
			return false;
		}

		RiskVerificationCacheModel riskVerificationCacheModel =
			(RiskVerificationCacheModel)object;

		if ((riskVerificationId ==
				riskVerificationCacheModel.riskVerificationId) &&
			(mvccVersion == riskVerificationCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskVerificationId);

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
		sb.append(", riskVerificationId=");
		sb.append(riskVerificationId);
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
		sb.append(", riskProfileId=");
		sb.append(riskProfileId);
		sb.append(", factorCode=");
		sb.append(factorCode);
		sb.append(", action=");
		sb.append(action);
		sb.append(", fromLevel=");
		sb.append(fromLevel);
		sb.append(", toLevel=");
		sb.append(toLevel);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskVerification toEntityModel() {
		RiskVerificationImpl riskVerificationImpl = new RiskVerificationImpl();

		riskVerificationImpl.setMvccVersion(mvccVersion);
		riskVerificationImpl.setRiskVerificationId(riskVerificationId);
		riskVerificationImpl.setGroupId(groupId);
		riskVerificationImpl.setCompanyId(companyId);
		riskVerificationImpl.setUserId(userId);

		if (userName == null) {
			riskVerificationImpl.setUserName("");
		}
		else {
			riskVerificationImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			riskVerificationImpl.setCreateDate(null);
		}
		else {
			riskVerificationImpl.setCreateDate(new Date(createDate));
		}

		riskVerificationImpl.setRiskProfileId(riskProfileId);

		if (factorCode == null) {
			riskVerificationImpl.setFactorCode("");
		}
		else {
			riskVerificationImpl.setFactorCode(factorCode);
		}

		if (action == null) {
			riskVerificationImpl.setAction("");
		}
		else {
			riskVerificationImpl.setAction(action);
		}

		if (fromLevel == null) {
			riskVerificationImpl.setFromLevel("");
		}
		else {
			riskVerificationImpl.setFromLevel(fromLevel);
		}

		if (toLevel == null) {
			riskVerificationImpl.setToLevel("");
		}
		else {
			riskVerificationImpl.setToLevel(toLevel);
		}

		if (comment == null) {
			riskVerificationImpl.setComment("");
		}
		else {
			riskVerificationImpl.setComment(comment);
		}

		riskVerificationImpl.resetOriginalValues();

		return riskVerificationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskVerificationId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		riskProfileId = objectInput.readLong();
		factorCode = objectInput.readUTF();
		action = objectInput.readUTF();
		fromLevel = objectInput.readUTF();
		toLevel = objectInput.readUTF();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskVerificationId);

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

		objectOutput.writeLong(riskProfileId);

		if (factorCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(factorCode);
		}

		if (action == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(action);
		}

		if (fromLevel == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(fromLevel);
		}

		if (toLevel == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(toLevel);
		}

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long riskVerificationId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long riskProfileId;
	public String factorCode;
	public String action;
	public String fromLevel;
	public String toLevel;
	public String comment;

}