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

import ru.opora.diagnostics.model.CourseEnrolment;

/**
 * The cache model class for representing CourseEnrolment in entity cache.
 *
 * @author Opora
 * @generated
 */
public class CourseEnrolmentCacheModel
	implements CacheModel<CourseEnrolment>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CourseEnrolmentCacheModel)) {
			return false;
		}

		CourseEnrolmentCacheModel courseEnrolmentCacheModel =
			(CourseEnrolmentCacheModel)object;

		if ((courseEnrolmentId ==
				courseEnrolmentCacheModel.courseEnrolmentId) &&
			(mvccVersion == courseEnrolmentCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, courseEnrolmentId);

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
		sb.append(", courseEnrolmentId=");
		sb.append(courseEnrolmentId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", courseId=");
		sb.append(courseId);
		sb.append(", status=");
		sb.append(status);
		sb.append(", completedDate=");
		sb.append(completedDate);
		sb.append(", certificateFileEntryId=");
		sb.append(certificateFileEntryId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CourseEnrolment toEntityModel() {
		CourseEnrolmentImpl courseEnrolmentImpl = new CourseEnrolmentImpl();

		courseEnrolmentImpl.setMvccVersion(mvccVersion);
		courseEnrolmentImpl.setCourseEnrolmentId(courseEnrolmentId);
		courseEnrolmentImpl.setCompanyId(companyId);
		courseEnrolmentImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			courseEnrolmentImpl.setCreateDate(null);
		}
		else {
			courseEnrolmentImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			courseEnrolmentImpl.setModifiedDate(null);
		}
		else {
			courseEnrolmentImpl.setModifiedDate(new Date(modifiedDate));
		}

		courseEnrolmentImpl.setCourseId(courseId);

		if (status == null) {
			courseEnrolmentImpl.setStatus("");
		}
		else {
			courseEnrolmentImpl.setStatus(status);
		}

		if (completedDate == Long.MIN_VALUE) {
			courseEnrolmentImpl.setCompletedDate(null);
		}
		else {
			courseEnrolmentImpl.setCompletedDate(new Date(completedDate));
		}

		courseEnrolmentImpl.setCertificateFileEntryId(certificateFileEntryId);

		courseEnrolmentImpl.resetOriginalValues();

		return courseEnrolmentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		courseEnrolmentId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseId = objectInput.readLong();
		status = objectInput.readUTF();
		completedDate = objectInput.readLong();

		certificateFileEntryId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(courseEnrolmentId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(courseId);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(completedDate);

		objectOutput.writeLong(certificateFileEntryId);
	}

	public long mvccVersion;
	public long courseEnrolmentId;
	public long companyId;
	public long userId;
	public long createDate;
	public long modifiedDate;
	public long courseId;
	public String status;
	public long completedDate;
	public long certificateFileEntryId;

}