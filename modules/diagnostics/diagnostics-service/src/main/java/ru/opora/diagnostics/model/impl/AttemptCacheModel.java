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

import ru.opora.diagnostics.model.Attempt;

/**
 * The cache model class for representing Attempt in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AttemptCacheModel
	implements CacheModel<Attempt>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AttemptCacheModel)) {
			return false;
		}

		AttemptCacheModel attemptCacheModel = (AttemptCacheModel)object;

		if ((attemptId == attemptCacheModel.attemptId) &&
			(mvccVersion == attemptCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, attemptId);

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
		StringBundler sb = new StringBundler(37);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", attemptId=");
		sb.append(attemptId);
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
		sb.append(", diagnosticSessionId=");
		sb.append(diagnosticSessionId);
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", subject=");
		sb.append(subject);
		sb.append(", status=");
		sb.append(status);
		sb.append(", bankVersion=");
		sb.append(bankVersion);
		sb.append(", seed=");
		sb.append(seed);
		sb.append(", itemCodes=");
		sb.append(itemCodes);
		sb.append(", answers=");
		sb.append(answers);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", submitDate=");
		sb.append(submitDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Attempt toEntityModel() {
		AttemptImpl attemptImpl = new AttemptImpl();

		attemptImpl.setMvccVersion(mvccVersion);
		attemptImpl.setAttemptId(attemptId);
		attemptImpl.setGroupId(groupId);
		attemptImpl.setCompanyId(companyId);
		attemptImpl.setUserId(userId);

		if (userName == null) {
			attemptImpl.setUserName("");
		}
		else {
			attemptImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			attemptImpl.setCreateDate(null);
		}
		else {
			attemptImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			attemptImpl.setModifiedDate(null);
		}
		else {
			attemptImpl.setModifiedDate(new Date(modifiedDate));
		}

		attemptImpl.setDiagnosticSessionId(diagnosticSessionId);
		attemptImpl.setSchoolId(schoolId);

		if (subject == null) {
			attemptImpl.setSubject("");
		}
		else {
			attemptImpl.setSubject(subject);
		}

		if (status == null) {
			attemptImpl.setStatus("");
		}
		else {
			attemptImpl.setStatus(status);
		}

		attemptImpl.setBankVersion(bankVersion);
		attemptImpl.setSeed(seed);

		if (itemCodes == null) {
			attemptImpl.setItemCodes("");
		}
		else {
			attemptImpl.setItemCodes(itemCodes);
		}

		if (answers == null) {
			attemptImpl.setAnswers("");
		}
		else {
			attemptImpl.setAnswers(answers);
		}

		if (startDate == Long.MIN_VALUE) {
			attemptImpl.setStartDate(null);
		}
		else {
			attemptImpl.setStartDate(new Date(startDate));
		}

		if (submitDate == Long.MIN_VALUE) {
			attemptImpl.setSubmitDate(null);
		}
		else {
			attemptImpl.setSubmitDate(new Date(submitDate));
		}

		attemptImpl.resetOriginalValues();

		return attemptImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		attemptId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		diagnosticSessionId = objectInput.readLong();

		schoolId = objectInput.readLong();
		subject = objectInput.readUTF();
		status = objectInput.readUTF();

		bankVersion = objectInput.readInt();

		seed = objectInput.readLong();
		itemCodes = objectInput.readUTF();
		answers = objectInput.readUTF();
		startDate = objectInput.readLong();
		submitDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(attemptId);

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

		objectOutput.writeLong(diagnosticSessionId);

		objectOutput.writeLong(schoolId);

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeInt(bankVersion);

		objectOutput.writeLong(seed);

		if (itemCodes == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(itemCodes);
		}

		if (answers == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(answers);
		}

		objectOutput.writeLong(startDate);
		objectOutput.writeLong(submitDate);
	}

	public long mvccVersion;
	public long attemptId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long diagnosticSessionId;
	public long schoolId;
	public String subject;
	public String status;
	public int bankVersion;
	public long seed;
	public String itemCodes;
	public String answers;
	public long startDate;
	public long submitDate;

}