/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.riskprofile.model.RiskDictionaryVersion;

/**
 * The cache model class for representing RiskDictionaryVersion in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskDictionaryVersionCacheModel
	implements CacheModel<RiskDictionaryVersion>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskDictionaryVersionCacheModel)) {
			return false;
		}

		RiskDictionaryVersionCacheModel riskDictionaryVersionCacheModel =
			(RiskDictionaryVersionCacheModel)object;

		if ((riskDictionaryVersionId ==
				riskDictionaryVersionCacheModel.riskDictionaryVersionId) &&
			(mvccVersion == riskDictionaryVersionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskDictionaryVersionId);

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
		StringBundler sb = new StringBundler(17);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", riskDictionaryVersionId=");
		sb.append(riskDictionaryVersionId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", fromYear=");
		sb.append(fromYear);
		sb.append(", content=");
		sb.append(content);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskDictionaryVersion toEntityModel() {
		RiskDictionaryVersionImpl riskDictionaryVersionImpl =
			new RiskDictionaryVersionImpl();

		riskDictionaryVersionImpl.setMvccVersion(mvccVersion);
		riskDictionaryVersionImpl.setRiskDictionaryVersionId(
			riskDictionaryVersionId);
		riskDictionaryVersionImpl.setCompanyId(companyId);
		riskDictionaryVersionImpl.setUserId(userId);

		if (userName == null) {
			riskDictionaryVersionImpl.setUserName("");
		}
		else {
			riskDictionaryVersionImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			riskDictionaryVersionImpl.setCreateDate(null);
		}
		else {
			riskDictionaryVersionImpl.setCreateDate(new Date(createDate));
		}

		riskDictionaryVersionImpl.setFromYear(fromYear);

		if (content == null) {
			riskDictionaryVersionImpl.setContent("");
		}
		else {
			riskDictionaryVersionImpl.setContent(content);
		}

		riskDictionaryVersionImpl.resetOriginalValues();

		return riskDictionaryVersionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskDictionaryVersionId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		fromYear = objectInput.readInt();
		content = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskDictionaryVersionId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);

		objectOutput.writeInt(fromYear);

		if (content == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(content);
		}
	}

	public long mvccVersion;
	public long riskDictionaryVersionId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public int fromYear;
	public String content;

}