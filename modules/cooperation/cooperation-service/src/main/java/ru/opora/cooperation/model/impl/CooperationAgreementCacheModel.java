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

import ru.opora.cooperation.model.CooperationAgreement;

/**
 * The cache model class for representing CooperationAgreement in entity cache.
 *
 * @author Opora
 * @generated
 */
public class CooperationAgreementCacheModel
	implements CacheModel<CooperationAgreement>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CooperationAgreementCacheModel)) {
			return false;
		}

		CooperationAgreementCacheModel cooperationAgreementCacheModel =
			(CooperationAgreementCacheModel)object;

		if ((agreementId == cooperationAgreementCacheModel.agreementId) &&
			(mvccVersion == cooperationAgreementCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementId);

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
		StringBundler sb = new StringBundler(59);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", agreementId=");
		sb.append(agreementId);
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
		sb.append(", number=");
		sb.append(number);
		sb.append(", agreementDate=");
		sb.append(agreementDate);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", subject=");
		sb.append(subject);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", autoProlongation=");
		sb.append(autoProlongation);
		sb.append(", prolongationMonths=");
		sb.append(prolongationMonths);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusReason=");
		sb.append(statusReason);
		sb.append(", terminationDate=");
		sb.append(terminationDate);
		sb.append(", version=");
		sb.append(version);
		sb.append(", rootAgreementId=");
		sb.append(rootAgreementId);
		sb.append(", previousAgreementId=");
		sb.append(previousAgreementId);
		sb.append(", coordinatorRequired=");
		sb.append(coordinatorRequired);
		sb.append(", coordinatorApproved=");
		sb.append(coordinatorApproved);
		sb.append(", coordinatorUserId=");
		sb.append(coordinatorUserId);
		sb.append(", folderId=");
		sb.append(folderId);
		sb.append(", signedScanFileEntryId=");
		sb.append(signedScanFileEntryId);
		sb.append(", documentFileEntryId=");
		sb.append(documentFileEntryId);
		sb.append(", lastAlert=");
		sb.append(lastAlert);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CooperationAgreement toEntityModel() {
		CooperationAgreementImpl cooperationAgreementImpl =
			new CooperationAgreementImpl();

		cooperationAgreementImpl.setMvccVersion(mvccVersion);
		cooperationAgreementImpl.setAgreementId(agreementId);
		cooperationAgreementImpl.setGroupId(groupId);
		cooperationAgreementImpl.setCompanyId(companyId);
		cooperationAgreementImpl.setUserId(userId);

		if (userName == null) {
			cooperationAgreementImpl.setUserName("");
		}
		else {
			cooperationAgreementImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setCreateDate(null);
		}
		else {
			cooperationAgreementImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setModifiedDate(null);
		}
		else {
			cooperationAgreementImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (number == null) {
			cooperationAgreementImpl.setNumber("");
		}
		else {
			cooperationAgreementImpl.setNumber(number);
		}

		if (agreementDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setAgreementDate(null);
		}
		else {
			cooperationAgreementImpl.setAgreementDate(new Date(agreementDate));
		}

		if (kind == null) {
			cooperationAgreementImpl.setKind("");
		}
		else {
			cooperationAgreementImpl.setKind(kind);
		}

		if (subject == null) {
			cooperationAgreementImpl.setSubject("");
		}
		else {
			cooperationAgreementImpl.setSubject(subject);
		}

		if (startDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setStartDate(null);
		}
		else {
			cooperationAgreementImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setEndDate(null);
		}
		else {
			cooperationAgreementImpl.setEndDate(new Date(endDate));
		}

		cooperationAgreementImpl.setAutoProlongation(autoProlongation);
		cooperationAgreementImpl.setProlongationMonths(prolongationMonths);

		if (status == null) {
			cooperationAgreementImpl.setStatus("");
		}
		else {
			cooperationAgreementImpl.setStatus(status);
		}

		if (statusReason == null) {
			cooperationAgreementImpl.setStatusReason("");
		}
		else {
			cooperationAgreementImpl.setStatusReason(statusReason);
		}

		if (terminationDate == Long.MIN_VALUE) {
			cooperationAgreementImpl.setTerminationDate(null);
		}
		else {
			cooperationAgreementImpl.setTerminationDate(
				new Date(terminationDate));
		}

		cooperationAgreementImpl.setVersion(version);
		cooperationAgreementImpl.setRootAgreementId(rootAgreementId);
		cooperationAgreementImpl.setPreviousAgreementId(previousAgreementId);
		cooperationAgreementImpl.setCoordinatorRequired(coordinatorRequired);
		cooperationAgreementImpl.setCoordinatorApproved(coordinatorApproved);
		cooperationAgreementImpl.setCoordinatorUserId(coordinatorUserId);
		cooperationAgreementImpl.setFolderId(folderId);
		cooperationAgreementImpl.setSignedScanFileEntryId(
			signedScanFileEntryId);
		cooperationAgreementImpl.setDocumentFileEntryId(documentFileEntryId);

		if (lastAlert == null) {
			cooperationAgreementImpl.setLastAlert("");
		}
		else {
			cooperationAgreementImpl.setLastAlert(lastAlert);
		}

		cooperationAgreementImpl.resetOriginalValues();

		return cooperationAgreementImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		number = objectInput.readUTF();
		agreementDate = objectInput.readLong();
		kind = objectInput.readUTF();
		subject = objectInput.readUTF();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();

		autoProlongation = objectInput.readBoolean();

		prolongationMonths = objectInput.readInt();
		status = objectInput.readUTF();
		statusReason = objectInput.readUTF();
		terminationDate = objectInput.readLong();

		version = objectInput.readInt();

		rootAgreementId = objectInput.readLong();

		previousAgreementId = objectInput.readLong();

		coordinatorRequired = objectInput.readBoolean();

		coordinatorApproved = objectInput.readBoolean();

		coordinatorUserId = objectInput.readLong();

		folderId = objectInput.readLong();

		signedScanFileEntryId = objectInput.readLong();

		documentFileEntryId = objectInput.readLong();
		lastAlert = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementId);

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

		if (number == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(number);
		}

		objectOutput.writeLong(agreementDate);

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		objectOutput.writeBoolean(autoProlongation);

		objectOutput.writeInt(prolongationMonths);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		if (statusReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusReason);
		}

		objectOutput.writeLong(terminationDate);

		objectOutput.writeInt(version);

		objectOutput.writeLong(rootAgreementId);

		objectOutput.writeLong(previousAgreementId);

		objectOutput.writeBoolean(coordinatorRequired);

		objectOutput.writeBoolean(coordinatorApproved);

		objectOutput.writeLong(coordinatorUserId);

		objectOutput.writeLong(folderId);

		objectOutput.writeLong(signedScanFileEntryId);

		objectOutput.writeLong(documentFileEntryId);

		if (lastAlert == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(lastAlert);
		}
	}

	public long mvccVersion;
	public long agreementId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String number;
	public long agreementDate;
	public String kind;
	public String subject;
	public long startDate;
	public long endDate;
	public boolean autoProlongation;
	public int prolongationMonths;
	public String status;
	public String statusReason;
	public long terminationDate;
	public int version;
	public long rootAgreementId;
	public long previousAgreementId;
	public boolean coordinatorRequired;
	public boolean coordinatorApproved;
	public long coordinatorUserId;
	public long folderId;
	public long signedScanFileEntryId;
	public long documentFileEntryId;
	public String lastAlert;

}