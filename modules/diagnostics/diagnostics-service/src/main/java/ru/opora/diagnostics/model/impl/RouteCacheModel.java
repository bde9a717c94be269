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

import ru.opora.diagnostics.model.Route;

/**
 * The cache model class for representing Route in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RouteCacheModel
	implements CacheModel<Route>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RouteCacheModel)) {
			return false;
		}

		RouteCacheModel routeCacheModel = (RouteCacheModel)object;

		if ((routeId == routeCacheModel.routeId) &&
			(mvccVersion == routeCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, routeId);

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
		StringBundler sb = new StringBundler(31);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", routeId=");
		sb.append(routeId);
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
		sb.append(", attemptId=");
		sb.append(attemptId);
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", status=");
		sb.append(status);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", agreedByUserId=");
		sb.append(agreedByUserId);
		sb.append(", agreedDate=");
		sb.append(agreedDate);
		sb.append(", folderId=");
		sb.append(folderId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Route toEntityModel() {
		RouteImpl routeImpl = new RouteImpl();

		routeImpl.setMvccVersion(mvccVersion);
		routeImpl.setRouteId(routeId);
		routeImpl.setGroupId(groupId);
		routeImpl.setCompanyId(companyId);
		routeImpl.setUserId(userId);

		if (userName == null) {
			routeImpl.setUserName("");
		}
		else {
			routeImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			routeImpl.setCreateDate(null);
		}
		else {
			routeImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			routeImpl.setModifiedDate(null);
		}
		else {
			routeImpl.setModifiedDate(new Date(modifiedDate));
		}

		routeImpl.setAttemptId(attemptId);
		routeImpl.setSchoolId(schoolId);

		if (status == null) {
			routeImpl.setStatus("");
		}
		else {
			routeImpl.setStatus(status);
		}

		if (endDate == Long.MIN_VALUE) {
			routeImpl.setEndDate(null);
		}
		else {
			routeImpl.setEndDate(new Date(endDate));
		}

		routeImpl.setAgreedByUserId(agreedByUserId);

		if (agreedDate == Long.MIN_VALUE) {
			routeImpl.setAgreedDate(null);
		}
		else {
			routeImpl.setAgreedDate(new Date(agreedDate));
		}

		routeImpl.setFolderId(folderId);

		routeImpl.resetOriginalValues();

		return routeImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		routeId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		attemptId = objectInput.readLong();

		schoolId = objectInput.readLong();
		status = objectInput.readUTF();
		endDate = objectInput.readLong();

		agreedByUserId = objectInput.readLong();
		agreedDate = objectInput.readLong();

		folderId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(routeId);

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

		objectOutput.writeLong(attemptId);

		objectOutput.writeLong(schoolId);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(endDate);

		objectOutput.writeLong(agreedByUserId);
		objectOutput.writeLong(agreedDate);

		objectOutput.writeLong(folderId);
	}

	public long mvccVersion;
	public long routeId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long attemptId;
	public long schoolId;
	public String status;
	public long endDate;
	public long agreedByUserId;
	public long agreedDate;
	public long folderId;

}