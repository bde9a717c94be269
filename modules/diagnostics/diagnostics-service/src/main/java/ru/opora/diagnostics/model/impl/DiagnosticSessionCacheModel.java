/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.diagnostics.model.DiagnosticSession;

/**
 * The cache model class for representing DiagnosticSession in entity cache.
 *
 * @author Opora
 * @generated
 */
public class DiagnosticSessionCacheModel
	implements CacheModel<DiagnosticSession>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DiagnosticSessionCacheModel)) {
			return false;
		}

		DiagnosticSessionCacheModel diagnosticSessionCacheModel =
			(DiagnosticSessionCacheModel)object;

		if ((diagnosticSessionId ==
				diagnosticSessionCacheModel.diagnosticSessionId) &&
			(mvccVersion == diagnosticSessionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, diagnosticSessionId);

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
		StringBundler sb = new StringBundler(33);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", diagnosticSessionId=");
		sb.append(diagnosticSessionId);
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
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", subject=");
		sb.append(subject);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", timeLimit=");
		sb.append(timeLimit);
		sb.append(", bankVersion=");
		sb.append(bankVersion);
		sb.append(", competenceCodes=");
		sb.append(competenceCodes);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public DiagnosticSession toEntityModel() {
		DiagnosticSessionImpl diagnosticSessionImpl =
			new DiagnosticSessionImpl();

		diagnosticSessionImpl.setMvccVersion(mvccVersion);
		diagnosticSessionImpl.setDiagnosticSessionId(diagnosticSessionId);
		diagnosticSessionImpl.setGroupId(groupId);
		diagnosticSessionImpl.setCompanyId(companyId);
		diagnosticSessionImpl.setUserId(userId);

		if (userName == null) {
			diagnosticSessionImpl.setUserName("");
		}
		else {
			diagnosticSessionImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			diagnosticSessionImpl.setCreateDate(null);
		}
		else {
			diagnosticSessionImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			diagnosticSessionImpl.setModifiedDate(null);
		}
		else {
			diagnosticSessionImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (name == null) {
			diagnosticSessionImpl.setName("");
		}
		else {
			diagnosticSessionImpl.setName(name);
		}

		diagnosticSessionImpl.setSchoolId(schoolId);

		if (subject == null) {
			diagnosticSessionImpl.setSubject("");
		}
		else {
			diagnosticSessionImpl.setSubject(subject);
		}

		if (startDate == Long.MIN_VALUE) {
			diagnosticSessionImpl.setStartDate(null);
		}
		else {
			diagnosticSessionImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			diagnosticSessionImpl.setEndDate(null);
		}
		else {
			diagnosticSessionImpl.setEndDate(new Date(endDate));
		}

		diagnosticSessionImpl.setTimeLimit(timeLimit);
		diagnosticSessionImpl.setBankVersion(bankVersion);

		if (competenceCodes == null) {
			diagnosticSessionImpl.setCompetenceCodes("");
		}
		else {
			diagnosticSessionImpl.setCompetenceCodes(competenceCodes);
		}

		diagnosticSessionImpl.resetOriginalValues();

		return diagnosticSessionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		diagnosticSessionId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		name = objectInput.readUTF();

		schoolId = objectInput.readLong();
		subject = objectInput.readUTF();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();

		timeLimit = objectInput.readInt();

		bankVersion = objectInput.readInt();
		competenceCodes = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(diagnosticSessionId);

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

		objectOutput.writeLong(schoolId);

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		objectOutput.writeInt(timeLimit);

		objectOutput.writeInt(bankVersion);

		if (competenceCodes == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(competenceCodes);
		}
	}

	public long mvccVersion;
	public long diagnosticSessionId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String name;
	public long schoolId;
	public String subject;
	public long startDate;
	public long endDate;
	public int timeLimit;
	public int bankVersion;
	public String competenceCodes;

}