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

import ru.opora.mentoring.model.MentorAssignmentHistory;

/**
 * The cache model class for representing MentorAssignmentHistory in entity cache.
 *
 * @author Opora
 * @generated
 */
public class MentorAssignmentHistoryCacheModel
	implements CacheModel<MentorAssignmentHistory>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MentorAssignmentHistoryCacheModel)) {
			return false;
		}

		MentorAssignmentHistoryCacheModel mentorAssignmentHistoryCacheModel =
			(MentorAssignmentHistoryCacheModel)object;

		if ((mentorAssignmentHistoryId ==
				mentorAssignmentHistoryCacheModel.mentorAssignmentHistoryId) &&
			(mvccVersion == mentorAssignmentHistoryCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, mentorAssignmentHistoryId);

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
		sb.append(", mentorAssignmentHistoryId=");
		sb.append(mentorAssignmentHistoryId);
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
		sb.append(", mentorAssignmentId=");
		sb.append(mentorAssignmentId);
		sb.append(", oldStatus=");
		sb.append(oldStatus);
		sb.append(", newStatus=");
		sb.append(newStatus);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public MentorAssignmentHistory toEntityModel() {
		MentorAssignmentHistoryImpl mentorAssignmentHistoryImpl =
			new MentorAssignmentHistoryImpl();

		mentorAssignmentHistoryImpl.setMvccVersion(mvccVersion);
		mentorAssignmentHistoryImpl.setMentorAssignmentHistoryId(
			mentorAssignmentHistoryId);
		mentorAssignmentHistoryImpl.setGroupId(groupId);
		mentorAssignmentHistoryImpl.setCompanyId(companyId);
		mentorAssignmentHistoryImpl.setUserId(userId);

		if (userName == null) {
			mentorAssignmentHistoryImpl.setUserName("");
		}
		else {
			mentorAssignmentHistoryImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			mentorAssignmentHistoryImpl.setCreateDate(null);
		}
		else {
			mentorAssignmentHistoryImpl.setCreateDate(new Date(createDate));
		}

		mentorAssignmentHistoryImpl.setMentorAssignmentId(mentorAssignmentId);

		if (oldStatus == null) {
			mentorAssignmentHistoryImpl.setOldStatus("");
		}
		else {
			mentorAssignmentHistoryImpl.setOldStatus(oldStatus);
		}

		if (newStatus == null) {
			mentorAssignmentHistoryImpl.setNewStatus("");
		}
		else {
			mentorAssignmentHistoryImpl.setNewStatus(newStatus);
		}

		if (comment == null) {
			mentorAssignmentHistoryImpl.setComment("");
		}
		else {
			mentorAssignmentHistoryImpl.setComment(comment);
		}

		mentorAssignmentHistoryImpl.resetOriginalValues();

		return mentorAssignmentHistoryImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		mentorAssignmentHistoryId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		mentorAssignmentId = objectInput.readLong();
		oldStatus = objectInput.readUTF();
		newStatus = objectInput.readUTF();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(mentorAssignmentHistoryId);

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

		objectOutput.writeLong(mentorAssignmentId);

		if (oldStatus == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(oldStatus);
		}

		if (newStatus == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(newStatus);
		}

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long mentorAssignmentHistoryId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long mentorAssignmentId;
	public String oldStatus;
	public String newStatus;
	public String comment;

}