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

import ru.opora.diagnostics.model.Consent;

/**
 * The cache model class for representing Consent in entity cache.
 *
 * @author Opora
 * @generated
 */
public class ConsentCacheModel
	implements CacheModel<Consent>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ConsentCacheModel)) {
			return false;
		}

		ConsentCacheModel consentCacheModel = (ConsentCacheModel)object;

		if ((consentId == consentCacheModel.consentId) &&
			(mvccVersion == consentCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, consentId);

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
		StringBundler sb = new StringBundler(15);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", consentId=");
		sb.append(consentId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", consentVersion=");
		sb.append(consentVersion);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Consent toEntityModel() {
		ConsentImpl consentImpl = new ConsentImpl();

		consentImpl.setMvccVersion(mvccVersion);
		consentImpl.setConsentId(consentId);
		consentImpl.setCompanyId(companyId);
		consentImpl.setUserId(userId);

		if (userName == null) {
			consentImpl.setUserName("");
		}
		else {
			consentImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			consentImpl.setCreateDate(null);
		}
		else {
			consentImpl.setCreateDate(new Date(createDate));
		}

		if (consentVersion == null) {
			consentImpl.setConsentVersion("");
		}
		else {
			consentImpl.setConsentVersion(consentVersion);
		}

		consentImpl.resetOriginalValues();

		return consentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		consentId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		consentVersion = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(consentId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);

		if (consentVersion == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(consentVersion);
		}
	}

	public long mvccVersion;
	public long consentId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public String consentVersion;

}