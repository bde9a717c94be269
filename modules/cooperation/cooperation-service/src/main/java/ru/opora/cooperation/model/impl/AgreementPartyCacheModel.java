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

import ru.opora.cooperation.model.AgreementParty;

/**
 * The cache model class for representing AgreementParty in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AgreementPartyCacheModel
	implements CacheModel<AgreementParty>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AgreementPartyCacheModel)) {
			return false;
		}

		AgreementPartyCacheModel agreementPartyCacheModel =
			(AgreementPartyCacheModel)object;

		if ((agreementPartyId == agreementPartyCacheModel.agreementPartyId) &&
			(mvccVersion == agreementPartyCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementPartyId);

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
		StringBundler sb = new StringBundler(41);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", agreementPartyId=");
		sb.append(agreementPartyId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", agreementId=");
		sb.append(agreementId);
		sb.append(", priority=");
		sb.append(priority);
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", fullName=");
		sb.append(fullName);
		sb.append(", legalForm=");
		sb.append(legalForm);
		sb.append(", address=");
		sb.append(address);
		sb.append(", inn=");
		sb.append(inn);
		sb.append(", ogrn=");
		sb.append(ogrn);
		sb.append(", headName=");
		sb.append(headName);
		sb.append(", headPosition=");
		sb.append(headPosition);
		sb.append(", authorityBasis=");
		sb.append(authorityBasis);
		sb.append(", approved=");
		sb.append(approved);
		sb.append(", approvedUserId=");
		sb.append(approvedUserId);
		sb.append(", approvedDate=");
		sb.append(approvedDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AgreementParty toEntityModel() {
		AgreementPartyImpl agreementPartyImpl = new AgreementPartyImpl();

		agreementPartyImpl.setMvccVersion(mvccVersion);
		agreementPartyImpl.setAgreementPartyId(agreementPartyId);
		agreementPartyImpl.setGroupId(groupId);
		agreementPartyImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			agreementPartyImpl.setCreateDate(null);
		}
		else {
			agreementPartyImpl.setCreateDate(new Date(createDate));
		}

		agreementPartyImpl.setAgreementId(agreementId);
		agreementPartyImpl.setPriority(priority);
		agreementPartyImpl.setSchoolId(schoolId);
		agreementPartyImpl.setOrganizationId(organizationId);

		if (fullName == null) {
			agreementPartyImpl.setFullName("");
		}
		else {
			agreementPartyImpl.setFullName(fullName);
		}

		if (legalForm == null) {
			agreementPartyImpl.setLegalForm("");
		}
		else {
			agreementPartyImpl.setLegalForm(legalForm);
		}

		if (address == null) {
			agreementPartyImpl.setAddress("");
		}
		else {
			agreementPartyImpl.setAddress(address);
		}

		if (inn == null) {
			agreementPartyImpl.setInn("");
		}
		else {
			agreementPartyImpl.setInn(inn);
		}

		if (ogrn == null) {
			agreementPartyImpl.setOgrn("");
		}
		else {
			agreementPartyImpl.setOgrn(ogrn);
		}

		if (headName == null) {
			agreementPartyImpl.setHeadName("");
		}
		else {
			agreementPartyImpl.setHeadName(headName);
		}

		if (headPosition == null) {
			agreementPartyImpl.setHeadPosition("");
		}
		else {
			agreementPartyImpl.setHeadPosition(headPosition);
		}

		if (authorityBasis == null) {
			agreementPartyImpl.setAuthorityBasis("");
		}
		else {
			agreementPartyImpl.setAuthorityBasis(authorityBasis);
		}

		agreementPartyImpl.setApproved(approved);
		agreementPartyImpl.setApprovedUserId(approvedUserId);

		if (approvedDate == Long.MIN_VALUE) {
			agreementPartyImpl.setApprovedDate(null);
		}
		else {
			agreementPartyImpl.setApprovedDate(new Date(approvedDate));
		}

		agreementPartyImpl.resetOriginalValues();

		return agreementPartyImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementPartyId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();

		agreementId = objectInput.readLong();

		priority = objectInput.readInt();

		schoolId = objectInput.readLong();

		organizationId = objectInput.readLong();
		fullName = objectInput.readUTF();
		legalForm = objectInput.readUTF();
		address = objectInput.readUTF();
		inn = objectInput.readUTF();
		ogrn = objectInput.readUTF();
		headName = objectInput.readUTF();
		headPosition = objectInput.readUTF();
		authorityBasis = objectInput.readUTF();

		approved = objectInput.readBoolean();

		approvedUserId = objectInput.readLong();
		approvedDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementPartyId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(agreementId);

		objectOutput.writeInt(priority);

		objectOutput.writeLong(schoolId);

		objectOutput.writeLong(organizationId);

		if (fullName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(fullName);
		}

		if (legalForm == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(legalForm);
		}

		if (address == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(address);
		}

		if (inn == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(inn);
		}

		if (ogrn == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(ogrn);
		}

		if (headName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(headName);
		}

		if (headPosition == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(headPosition);
		}

		if (authorityBasis == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(authorityBasis);
		}

		objectOutput.writeBoolean(approved);

		objectOutput.writeLong(approvedUserId);
		objectOutput.writeLong(approvedDate);
	}

	public long mvccVersion;
	public long agreementPartyId;
	public long groupId;
	public long companyId;
	public long createDate;
	public long agreementId;
	public int priority;
	public long schoolId;
	public long organizationId;
	public String fullName;
	public String legalForm;
	public String address;
	public String inn;
	public String ogrn;
	public String headName;
	public String headPosition;
	public String authorityBasis;
	public boolean approved;
	public long approvedUserId;
	public long approvedDate;

}