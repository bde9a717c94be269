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

import ru.opora.diagnostics.model.DiagnosticItem;

/**
 * The cache model class for representing DiagnosticItem in entity cache.
 *
 * @author Opora
 * @generated
 */
public class DiagnosticItemCacheModel
	implements CacheModel<DiagnosticItem>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DiagnosticItemCacheModel)) {
			return false;
		}

		DiagnosticItemCacheModel diagnosticItemCacheModel =
			(DiagnosticItemCacheModel)object;

		if ((diagnosticItemId == diagnosticItemCacheModel.diagnosticItemId) &&
			(mvccVersion == diagnosticItemCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, diagnosticItemId);

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
		sb.append(", diagnosticItemId=");
		sb.append(diagnosticItemId);
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
		sb.append(", version=");
		sb.append(version);
		sb.append(", code=");
		sb.append(code);
		sb.append(", competenceCode=");
		sb.append(competenceCode);
		sb.append(", itemType=");
		sb.append(itemType);
		sb.append(", text=");
		sb.append(text);
		sb.append(", options=");
		sb.append(options);
		sb.append(", matches=");
		sb.append(matches);
		sb.append(", scoringKey=");
		sb.append(scoringKey);
		sb.append(", weight=");
		sb.append(weight);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public DiagnosticItem toEntityModel() {
		DiagnosticItemImpl diagnosticItemImpl = new DiagnosticItemImpl();

		diagnosticItemImpl.setMvccVersion(mvccVersion);
		diagnosticItemImpl.setDiagnosticItemId(diagnosticItemId);
		diagnosticItemImpl.setCompanyId(companyId);
		diagnosticItemImpl.setUserId(userId);

		if (userName == null) {
			diagnosticItemImpl.setUserName("");
		}
		else {
			diagnosticItemImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			diagnosticItemImpl.setCreateDate(null);
		}
		else {
			diagnosticItemImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			diagnosticItemImpl.setModifiedDate(null);
		}
		else {
			diagnosticItemImpl.setModifiedDate(new Date(modifiedDate));
		}

		diagnosticItemImpl.setVersion(version);

		if (code == null) {
			diagnosticItemImpl.setCode("");
		}
		else {
			diagnosticItemImpl.setCode(code);
		}

		if (competenceCode == null) {
			diagnosticItemImpl.setCompetenceCode("");
		}
		else {
			diagnosticItemImpl.setCompetenceCode(competenceCode);
		}

		if (itemType == null) {
			diagnosticItemImpl.setItemType("");
		}
		else {
			diagnosticItemImpl.setItemType(itemType);
		}

		if (text == null) {
			diagnosticItemImpl.setText("");
		}
		else {
			diagnosticItemImpl.setText(text);
		}

		if (options == null) {
			diagnosticItemImpl.setOptions("");
		}
		else {
			diagnosticItemImpl.setOptions(options);
		}

		if (matches == null) {
			diagnosticItemImpl.setMatches("");
		}
		else {
			diagnosticItemImpl.setMatches(matches);
		}

		if (scoringKey == null) {
			diagnosticItemImpl.setScoringKey("");
		}
		else {
			diagnosticItemImpl.setScoringKey(scoringKey);
		}

		diagnosticItemImpl.setWeight(weight);

		diagnosticItemImpl.resetOriginalValues();

		return diagnosticItemImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		diagnosticItemId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		version = objectInput.readInt();
		code = objectInput.readUTF();
		competenceCode = objectInput.readUTF();
		itemType = objectInput.readUTF();
		text = objectInput.readUTF();
		options = objectInput.readUTF();
		matches = objectInput.readUTF();
		scoringKey = objectInput.readUTF();

		weight = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(diagnosticItemId);

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

		objectOutput.writeInt(version);

		if (code == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(code);
		}

		if (competenceCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(competenceCode);
		}

		if (itemType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(itemType);
		}

		if (text == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(text);
		}

		if (options == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(options);
		}

		if (matches == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(matches);
		}

		if (scoringKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(scoringKey);
		}

		objectOutput.writeInt(weight);
	}

	public long mvccVersion;
	public long diagnosticItemId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public int version;
	public String code;
	public String competenceCode;
	public String itemType;
	public String text;
	public String options;
	public String matches;
	public String scoringKey;
	public int weight;

}