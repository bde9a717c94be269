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

import ru.opora.cooperation.model.AgreementProgramme;

/**
 * The cache model class for representing AgreementProgramme in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AgreementProgrammeCacheModel
	implements CacheModel<AgreementProgramme>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AgreementProgrammeCacheModel)) {
			return false;
		}

		AgreementProgrammeCacheModel agreementProgrammeCacheModel =
			(AgreementProgrammeCacheModel)object;

		if ((agreementProgrammeId ==
				agreementProgrammeCacheModel.agreementProgrammeId) &&
			(mvccVersion == agreementProgrammeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementProgrammeId);

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
		StringBundler sb = new StringBundler(29);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", agreementProgrammeId=");
		sb.append(agreementProgrammeId);
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
		sb.append(", name=");
		sb.append(name);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", hours=");
		sb.append(hours);
		sb.append(", grades=");
		sb.append(grades);
		sb.append(", pupils=");
		sb.append(pupils);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AgreementProgramme toEntityModel() {
		AgreementProgrammeImpl agreementProgrammeImpl =
			new AgreementProgrammeImpl();

		agreementProgrammeImpl.setMvccVersion(mvccVersion);
		agreementProgrammeImpl.setAgreementProgrammeId(agreementProgrammeId);
		agreementProgrammeImpl.setGroupId(groupId);
		agreementProgrammeImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			agreementProgrammeImpl.setCreateDate(null);
		}
		else {
			agreementProgrammeImpl.setCreateDate(new Date(createDate));
		}

		agreementProgrammeImpl.setAgreementId(agreementId);
		agreementProgrammeImpl.setPriority(priority);

		if (name == null) {
			agreementProgrammeImpl.setName("");
		}
		else {
			agreementProgrammeImpl.setName(name);
		}

		if (kind == null) {
			agreementProgrammeImpl.setKind("");
		}
		else {
			agreementProgrammeImpl.setKind(kind);
		}

		agreementProgrammeImpl.setHours(hours);

		if (grades == null) {
			agreementProgrammeImpl.setGrades("");
		}
		else {
			agreementProgrammeImpl.setGrades(grades);
		}

		agreementProgrammeImpl.setPupils(pupils);

		if (startDate == Long.MIN_VALUE) {
			agreementProgrammeImpl.setStartDate(null);
		}
		else {
			agreementProgrammeImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			agreementProgrammeImpl.setEndDate(null);
		}
		else {
			agreementProgrammeImpl.setEndDate(new Date(endDate));
		}

		agreementProgrammeImpl.resetOriginalValues();

		return agreementProgrammeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementProgrammeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();

		agreementId = objectInput.readLong();

		priority = objectInput.readInt();
		name = objectInput.readUTF();
		kind = objectInput.readUTF();

		hours = objectInput.readInt();
		grades = objectInput.readUTF();

		pupils = objectInput.readInt();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementProgrammeId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(agreementId);

		objectOutput.writeInt(priority);

		if (name == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(name);
		}

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		objectOutput.writeInt(hours);

		if (grades == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(grades);
		}

		objectOutput.writeInt(pupils);
		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);
	}

	public long mvccVersion;
	public long agreementProgrammeId;
	public long groupId;
	public long companyId;
	public long createDate;
	public long agreementId;
	public int priority;
	public String name;
	public String kind;
	public int hours;
	public String grades;
	public int pupils;
	public long startDate;
	public long endDate;

}