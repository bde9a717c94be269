/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.cooperation.model.AgreementHistory;

/**
 * The cache model class for representing AgreementHistory in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AgreementHistoryCacheModel
	implements CacheModel<AgreementHistory>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AgreementHistoryCacheModel)) {
			return false;
		}

		AgreementHistoryCacheModel agreementHistoryCacheModel =
			(AgreementHistoryCacheModel)object;

		if ((agreementHistoryId ==
				agreementHistoryCacheModel.agreementHistoryId) &&
			(mvccVersion == agreementHistoryCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementHistoryId);

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
		StringBundler sb = new StringBundler(25);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", agreementHistoryId=");
		sb.append(agreementHistoryId);
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
		sb.append(", agreementId=");
		sb.append(agreementId);
		sb.append(", step=");
		sb.append(step);
		sb.append(", oldStatus=");
		sb.append(oldStatus);
		sb.append(", newStatus=");
		sb.append(newStatus);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AgreementHistory toEntityModel() {
		AgreementHistoryImpl agreementHistoryImpl = new AgreementHistoryImpl();

		agreementHistoryImpl.setMvccVersion(mvccVersion);
		agreementHistoryImpl.setAgreementHistoryId(agreementHistoryId);
		agreementHistoryImpl.setGroupId(groupId);
		agreementHistoryImpl.setCompanyId(companyId);
		agreementHistoryImpl.setUserId(userId);

		if (userName == null) {
			agreementHistoryImpl.setUserName("");
		}
		else {
			agreementHistoryImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			agreementHistoryImpl.setCreateDate(null);
		}
		else {
			agreementHistoryImpl.setCreateDate(new Date(createDate));
		}

		agreementHistoryImpl.setAgreementId(agreementId);

		if (step == null) {
			agreementHistoryImpl.setStep("");
		}
		else {
			agreementHistoryImpl.setStep(step);
		}

		if (oldStatus == null) {
			agreementHistoryImpl.setOldStatus("");
		}
		else {
			agreementHistoryImpl.setOldStatus(oldStatus);
		}

		if (newStatus == null) {
			agreementHistoryImpl.setNewStatus("");
		}
		else {
			agreementHistoryImpl.setNewStatus(newStatus);
		}

		if (comment == null) {
			agreementHistoryImpl.setComment("");
		}
		else {
			agreementHistoryImpl.setComment(comment);
		}

		agreementHistoryImpl.resetOriginalValues();

		return agreementHistoryImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementHistoryId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		agreementId = objectInput.readLong();
		step = objectInput.readUTF();
		oldStatus = objectInput.readUTF();
		newStatus = objectInput.readUTF();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementHistoryId);

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

		objectOutput.writeLong(agreementId);

		if (step == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(step);
		}

		if (oldStatus == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(oldStatus);
		}

		if (newStatus == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(newStatus);
		}

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long agreementHistoryId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long agreementId;
	public String step;
	public String oldStatus;
	public String newStatus;
	public String comment;

}