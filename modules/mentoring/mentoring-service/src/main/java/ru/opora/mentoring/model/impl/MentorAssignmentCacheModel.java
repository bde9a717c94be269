/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * The cache model class for representing MentorAssignment in entity cache.
 *
 * @author Opora
 * @generated
 */
public class MentorAssignmentCacheModel
	implements CacheModel<MentorAssignment>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MentorAssignmentCacheModel)) {
			return false;
		}

		MentorAssignmentCacheModel mentorAssignmentCacheModel =
			(MentorAssignmentCacheModel)object;

		if ((mentorAssignmentId ==
				mentorAssignmentCacheModel.mentorAssignmentId) &&
			(mvccVersion == mentorAssignmentCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, mentorAssignmentId);

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
		StringBundler sb = new StringBundler(45);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", mentorAssignmentId=");
		sb.append(mentorAssignmentId);
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
		sb.append(", kind=");
		sb.append(kind);
		sb.append(", supportedSchoolId=");
		sb.append(supportedSchoolId);
		sb.append(", mentorSchoolId=");
		sb.append(mentorSchoolId);
		sb.append(", curatorUserId=");
		sb.append(curatorUserId);
		sb.append(", teacherMentorUserId=");
		sb.append(teacherMentorUserId);
		sb.append(", menteeUserId=");
		sb.append(menteeUserId);
		sb.append(", startDate=");
		sb.append(startDate);
		sb.append(", endDate=");
		sb.append(endDate);
		sb.append(", orderNumber=");
		sb.append(orderNumber);
		sb.append(", orderDate=");
		sb.append(orderDate);
		sb.append(", orderFileEntryId=");
		sb.append(orderFileEntryId);
		sb.append(", status=");
		sb.append(status);
		sb.append(", statusReason=");
		sb.append(statusReason);
		sb.append(", explanation=");
		sb.append(explanation);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MentorAssignment toEntityModel() {
		MentorAssignmentImpl mentorAssignmentImpl = new MentorAssignmentImpl();

		mentorAssignmentImpl.setMvccVersion(mvccVersion);
		mentorAssignmentImpl.setMentorAssignmentId(mentorAssignmentId);
		mentorAssignmentImpl.setGroupId(groupId);
		mentorAssignmentImpl.setCompanyId(companyId);
		mentorAssignmentImpl.setUserId(userId);

		if (userName == null) {
			mentorAssignmentImpl.setUserName("");
		}
		else {
			mentorAssignmentImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			mentorAssignmentImpl.setCreateDate(null);
		}
		else {
			mentorAssignmentImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			mentorAssignmentImpl.setModifiedDate(null);
		}
		else {
			mentorAssignmentImpl.setModifiedDate(new Date(modifiedDate));
		}

		if (kind == null) {
			mentorAssignmentImpl.setKind("");
		}
		else {
			mentorAssignmentImpl.setKind(kind);
		}

		mentorAssignmentImpl.setSupportedSchoolId(supportedSchoolId);
		mentorAssignmentImpl.setMentorSchoolId(mentorSchoolId);
		mentorAssignmentImpl.setCuratorUserId(curatorUserId);
		mentorAssignmentImpl.setTeacherMentorUserId(teacherMentorUserId);
		mentorAssignmentImpl.setMenteeUserId(menteeUserId);

		if (startDate == Long.MIN_VALUE) {
			mentorAssignmentImpl.setStartDate(null);
		}
		else {
			mentorAssignmentImpl.setStartDate(new Date(startDate));
		}

		if (endDate == Long.MIN_VALUE) {
			mentorAssignmentImpl.setEndDate(null);
		}
		else {
			mentorAssignmentImpl.setEndDate(new Date(endDate));
		}

		if (orderNumber == null) {
			mentorAssignmentImpl.setOrderNumber("");
		}
		else {
			mentorAssignmentImpl.setOrderNumber(orderNumber);
		}

		if (orderDate == Long.MIN_VALUE) {
			mentorAssignmentImpl.setOrderDate(null);
		}
		else {
			mentorAssignmentImpl.setOrderDate(new Date(orderDate));
		}

		mentorAssignmentImpl.setOrderFileEntryId(orderFileEntryId);

		if (status == null) {
			mentorAssignmentImpl.setStatus("");
		}
		else {
			mentorAssignmentImpl.setStatus(status);
		}

		if (statusReason == null) {
			mentorAssignmentImpl.setStatusReason("");
		}
		else {
			mentorAssignmentImpl.setStatusReason(statusReason);
		}

		if (explanation == null) {
			mentorAssignmentImpl.setExplanation("");
		}
		else {
			mentorAssignmentImpl.setExplanation(explanation);
		}

		mentorAssignmentImpl.resetOriginalValues();

		return mentorAssignmentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		mentorAssignmentId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();
		kind = objectInput.readUTF();

		supportedSchoolId = objectInput.readLong();

		mentorSchoolId = objectInput.readLong();

		curatorUserId = objectInput.readLong();

		teacherMentorUserId = objectInput.readLong();

		menteeUserId = objectInput.readLong();
		startDate = objectInput.readLong();
		endDate = objectInput.readLong();
		orderNumber = objectInput.readUTF();
		orderDate = objectInput.readLong();

		orderFileEntryId = objectInput.readLong();
		status = objectInput.readUTF();
		statusReason = objectInput.readUTF();
		explanation = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(mentorAssignmentId);

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

		if (kind == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(kind);
		}

		objectOutput.writeLong(supportedSchoolId);

		objectOutput.writeLong(mentorSchoolId);

		objectOutput.writeLong(curatorUserId);

		objectOutput.writeLong(teacherMentorUserId);

		objectOutput.writeLong(menteeUserId);
		objectOutput.writeLong(startDate);
		objectOutput.writeLong(endDate);

		if (orderNumber == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(orderNumber);
		}

		objectOutput.writeLong(orderDate);

		objectOutput.writeLong(orderFileEntryId);

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		if (statusReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(statusReason);
		}

		if (explanation == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(explanation);
		}
	}

	public long mvccVersion;
	public long mentorAssignmentId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public String kind;
	public long supportedSchoolId;
	public long mentorSchoolId;
	public long curatorUserId;
	public long teacherMentorUserId;
	public long menteeUserId;
	public long startDate;
	public long endDate;
	public String orderNumber;
	public long orderDate;
	public long orderFileEntryId;
	public String status;
	public String statusReason;
	public String explanation;

}