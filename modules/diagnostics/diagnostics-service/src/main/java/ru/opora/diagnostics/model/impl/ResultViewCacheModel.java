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

import ru.opora.diagnostics.model.ResultView;

/**
 * The cache model class for representing ResultView in entity cache.
 *
 * @author Opora
 * @generated
 */
public class ResultViewCacheModel
	implements CacheModel<ResultView>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ResultViewCacheModel)) {
			return false;
		}

		ResultViewCacheModel resultViewCacheModel =
			(ResultViewCacheModel)object;

		if ((resultViewId == resultViewCacheModel.resultViewId) &&
			(mvccVersion == resultViewCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, resultViewId);

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
		sb.append(", resultViewId=");
		sb.append(resultViewId);
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
		sb.append(", teacherUserId=");
		sb.append(teacherUserId);
		sb.append(", attemptId=");
		sb.append(attemptId);
		sb.append(", what=");
		sb.append(what);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ResultView toEntityModel() {
		ResultViewImpl resultViewImpl = new ResultViewImpl();

		resultViewImpl.setMvccVersion(mvccVersion);
		resultViewImpl.setResultViewId(resultViewId);
		resultViewImpl.setGroupId(groupId);
		resultViewImpl.setCompanyId(companyId);
		resultViewImpl.setUserId(userId);

		if (userName == null) {
			resultViewImpl.setUserName("");
		}
		else {
			resultViewImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			resultViewImpl.setCreateDate(null);
		}
		else {
			resultViewImpl.setCreateDate(new Date(createDate));
		}

		resultViewImpl.setTeacherUserId(teacherUserId);
		resultViewImpl.setAttemptId(attemptId);

		if (what == null) {
			resultViewImpl.setWhat("");
		}
		else {
			resultViewImpl.setWhat(what);
		}

		resultViewImpl.resetOriginalValues();

		return resultViewImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		resultViewId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		teacherUserId = objectInput.readLong();

		attemptId = objectInput.readLong();
		what = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(resultViewId);

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

		objectOutput.writeLong(teacherUserId);

		objectOutput.writeLong(attemptId);

		if (what == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(what);
		}
	}

	public long mvccVersion;
	public long resultViewId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long teacherUserId;
	public long attemptId;
	public String what;

}