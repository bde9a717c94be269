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

import ru.opora.diagnostics.model.ItemBank;

/**
 * The cache model class for representing ItemBank in entity cache.
 *
 * @author Opora
 * @generated
 */
public class ItemBankCacheModel
	implements CacheModel<ItemBank>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ItemBankCacheModel)) {
			return false;
		}

		ItemBankCacheModel itemBankCacheModel = (ItemBankCacheModel)object;

		if ((itemBankId == itemBankCacheModel.itemBankId) &&
			(mvccVersion == itemBankCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, itemBankId);

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
		sb.append(", itemBankId=");
		sb.append(itemBankId);
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
		sb.append(", status=");
		sb.append(status);
		sb.append(", publishDate=");
		sb.append(publishDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ItemBank toEntityModel() {
		ItemBankImpl itemBankImpl = new ItemBankImpl();

		itemBankImpl.setMvccVersion(mvccVersion);
		itemBankImpl.setItemBankId(itemBankId);
		itemBankImpl.setCompanyId(companyId);
		itemBankImpl.setUserId(userId);

		if (userName == null) {
			itemBankImpl.setUserName("");
		}
		else {
			itemBankImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			itemBankImpl.setCreateDate(null);
		}
		else {
			itemBankImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			itemBankImpl.setModifiedDate(null);
		}
		else {
			itemBankImpl.setModifiedDate(new Date(modifiedDate));
		}

		itemBankImpl.setVersion(version);

		if (status == null) {
			itemBankImpl.setStatus("");
		}
		else {
			itemBankImpl.setStatus(status);
		}

		if (publishDate == Long.MIN_VALUE) {
			itemBankImpl.setPublishDate(null);
		}
		else {
			itemBankImpl.setPublishDate(new Date(publishDate));
		}

		itemBankImpl.resetOriginalValues();

		return itemBankImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		itemBankId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		version = objectInput.readInt();
		status = objectInput.readUTF();
		publishDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(itemBankId);

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

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(publishDate);
	}

	public long mvccVersion;
	public long itemBankId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public int version;
	public String status;
	public long publishDate;

}