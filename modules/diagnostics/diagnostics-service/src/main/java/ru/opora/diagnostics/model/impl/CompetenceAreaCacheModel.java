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

import ru.opora.diagnostics.model.CompetenceArea;

/**
 * The cache model class for representing CompetenceArea in entity cache.
 *
 * @author Opora
 * @generated
 */
public class CompetenceAreaCacheModel
	implements CacheModel<CompetenceArea>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CompetenceAreaCacheModel)) {
			return false;
		}

		CompetenceAreaCacheModel competenceAreaCacheModel =
			(CompetenceAreaCacheModel)object;

		if ((competenceAreaId == competenceAreaCacheModel.competenceAreaId) &&
			(mvccVersion == competenceAreaCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, competenceAreaId);

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
		StringBundler sb = new StringBundler(21);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", competenceAreaId=");
		sb.append(competenceAreaId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", version=");
		sb.append(version);
		sb.append(", code=");
		sb.append(code);
		sb.append(", name=");
		sb.append(name);
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", subject=");
		sb.append(subject);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CompetenceArea toEntityModel() {
		CompetenceAreaImpl competenceAreaImpl = new CompetenceAreaImpl();

		competenceAreaImpl.setMvccVersion(mvccVersion);
		competenceAreaImpl.setCompetenceAreaId(competenceAreaId);
		competenceAreaImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			competenceAreaImpl.setCreateDate(null);
		}
		else {
			competenceAreaImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			competenceAreaImpl.setModifiedDate(null);
		}
		else {
			competenceAreaImpl.setModifiedDate(new Date(modifiedDate));
		}

		competenceAreaImpl.setVersion(version);

		if (code == null) {
			competenceAreaImpl.setCode("");
		}
		else {
			competenceAreaImpl.setCode(code);
		}

		if (name == null) {
			competenceAreaImpl.setName("");
		}
		else {
			competenceAreaImpl.setName(name);
		}

		if (kind == null) {
			competenceAreaImpl.setKind("");
		}
		else {
			competenceAreaImpl.setKind(kind);
		}

		if (subject == null) {
			competenceAreaImpl.setSubject("");
		}
		else {
			competenceAreaImpl.setSubject(subject);
		}

		competenceAreaImpl.resetOriginalValues();

		return competenceAreaImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		competenceAreaId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		version = objectInput.readInt();
		code = objectInput.readUTF();
		name = objectInput.readUTF();
		kind = objectInput.readUTF();
		subject = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(competenceAreaId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeInt(version);

		if (code == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(code);
		}

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

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}
	}

	public long mvccVersion;
	public long competenceAreaId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public int version;
	public String code;
	public String name;
	public String kind;
	public String subject;

}