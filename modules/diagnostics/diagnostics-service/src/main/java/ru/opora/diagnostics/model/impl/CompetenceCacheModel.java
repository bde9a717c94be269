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

import ru.opora.diagnostics.model.Competence;

/**
 * The cache model class for representing Competence in entity cache.
 *
 * @author Opora
 * @generated
 */
public class CompetenceCacheModel
	implements CacheModel<Competence>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CompetenceCacheModel)) {
			return false;
		}

		CompetenceCacheModel competenceCacheModel =
			(CompetenceCacheModel)object;

		if ((competenceId == competenceCacheModel.competenceId) &&
			(mvccVersion == competenceCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, competenceId);

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
		StringBundler sb = new StringBundler(23);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", competenceId=");
		sb.append(competenceId);
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
		sb.append(", areaCode=");
		sb.append(areaCode);
		sb.append(", name=");
		sb.append(name);
		sb.append(", threshold=");
		sb.append(threshold);
		sb.append(", itemsPerSession=");
		sb.append(itemsPerSession);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Competence toEntityModel() {
		CompetenceImpl competenceImpl = new CompetenceImpl();

		competenceImpl.setMvccVersion(mvccVersion);
		competenceImpl.setCompetenceId(competenceId);
		competenceImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			competenceImpl.setCreateDate(null);
		}
		else {
			competenceImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			competenceImpl.setModifiedDate(null);
		}
		else {
			competenceImpl.setModifiedDate(new Date(modifiedDate));
		}

		competenceImpl.setVersion(version);

		if (code == null) {
			competenceImpl.setCode("");
		}
		else {
			competenceImpl.setCode(code);
		}

		if (areaCode == null) {
			competenceImpl.setAreaCode("");
		}
		else {
			competenceImpl.setAreaCode(areaCode);
		}

		if (name == null) {
			competenceImpl.setName("");
		}
		else {
			competenceImpl.setName(name);
		}

		competenceImpl.setThreshold(threshold);
		competenceImpl.setItemsPerSession(itemsPerSession);

		competenceImpl.resetOriginalValues();

		return competenceImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		competenceId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		version = objectInput.readInt();
		code = objectInput.readUTF();
		areaCode = objectInput.readUTF();
		name = objectInput.readUTF();

		threshold = objectInput.readInt();

		itemsPerSession = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(competenceId);

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

		if (areaCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(areaCode);
		}

		if (name == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(name);
		}

		objectOutput.writeInt(threshold);

		objectOutput.writeInt(itemsPerSession);
	}

	public long mvccVersion;
	public long competenceId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public int version;
	public String code;
	public String areaCode;
	public String name;
	public int threshold;
	public int itemsPerSession;

}