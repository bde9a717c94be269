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

import ru.opora.mentoring.model.SupportEvent;

/**
 * The cache model class for representing SupportEvent in entity cache.
 *
 * @author Opora
 * @generated
 */
public class SupportEventCacheModel
	implements CacheModel<SupportEvent>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SupportEventCacheModel)) {
			return false;
		}

		SupportEventCacheModel supportEventCacheModel =
			(SupportEventCacheModel)object;

		if ((supportEventId == supportEventCacheModel.supportEventId) &&
			(mvccVersion == supportEventCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, supportEventId);

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
		StringBundler sb = new StringBundler(43);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", supportEventId=");
		sb.append(supportEventId);
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
		sb.append(", mentorAssignmentId=");
		sb.append(mentorAssignmentId);
		sb.append(", eventType=");
		sb.append(eventType);
		sb.append(", title=");
		sb.append(title);
		sb.append(", plannedDate=");
		sb.append(plannedDate);
		sb.append(", participants=");
		sb.append(participants);
		sb.append(", expectedResult=");
		sb.append(expectedResult);
		sb.append(", status=");
		sb.append(status);
		sb.append(", reportDate=");
		sb.append(reportDate);
		sb.append(", reportUserId=");
		sb.append(reportUserId);
		sb.append(", outcome=");
		sb.append(outcome);
		sb.append(", reportFolderId=");
		sb.append(reportFolderId);
		sb.append(", materialFileEntryIds=");
		sb.append(materialFileEntryIds);
		sb.append(", overdueNotifiedDate=");
		sb.append(overdueNotifiedDate);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SupportEvent toEntityModel() {
		SupportEventImpl supportEventImpl = new SupportEventImpl();

		supportEventImpl.setMvccVersion(mvccVersion);
		supportEventImpl.setSupportEventId(supportEventId);
		supportEventImpl.setGroupId(groupId);
		supportEventImpl.setCompanyId(companyId);
		supportEventImpl.setUserId(userId);

		if (userName == null) {
			supportEventImpl.setUserName("");
		}
		else {
			supportEventImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			supportEventImpl.setCreateDate(null);
		}
		else {
			supportEventImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			supportEventImpl.setModifiedDate(null);
		}
		else {
			supportEventImpl.setModifiedDate(new Date(modifiedDate));
		}

		supportEventImpl.setMentorAssignmentId(mentorAssignmentId);

		if (eventType == null) {
			supportEventImpl.setEventType("");
		}
		else {
			supportEventImpl.setEventType(eventType);
		}

		if (title == null) {
			supportEventImpl.setTitle("");
		}
		else {
			supportEventImpl.setTitle(title);
		}

		if (plannedDate == Long.MIN_VALUE) {
			supportEventImpl.setPlannedDate(null);
		}
		else {
			supportEventImpl.setPlannedDate(new Date(plannedDate));
		}

		if (participants == null) {
			supportEventImpl.setParticipants("");
		}
		else {
			supportEventImpl.setParticipants(participants);
		}

		if (expectedResult == null) {
			supportEventImpl.setExpectedResult("");
		}
		else {
			supportEventImpl.setExpectedResult(expectedResult);
		}

		if (status == null) {
			supportEventImpl.setStatus("");
		}
		else {
			supportEventImpl.setStatus(status);
		}

		if (reportDate == Long.MIN_VALUE) {
			supportEventImpl.setReportDate(null);
		}
		else {
			supportEventImpl.setReportDate(new Date(reportDate));
		}

		supportEventImpl.setReportUserId(reportUserId);

		if (outcome == null) {
			supportEventImpl.setOutcome("");
		}
		else {
			supportEventImpl.setOutcome(outcome);
		}

		supportEventImpl.setReportFolderId(reportFolderId);

		if (materialFileEntryIds == null) {
			supportEventImpl.setMaterialFileEntryIds("");
		}
		else {
			supportEventImpl.setMaterialFileEntryIds(materialFileEntryIds);
		}

		if (overdueNotifiedDate == Long.MIN_VALUE) {
			supportEventImpl.setOverdueNotifiedDate(null);
		}
		else {
			supportEventImpl.setOverdueNotifiedDate(
				new Date(overdueNotifiedDate));
		}

		supportEventImpl.resetOriginalValues();

		return supportEventImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		supportEventId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		mentorAssignmentId = objectInput.readLong();
		eventType = objectInput.readUTF();
		title = objectInput.readUTF();
		plannedDate = objectInput.readLong();
		participants = objectInput.readUTF();
		expectedResult = objectInput.readUTF();
		status = objectInput.readUTF();
		reportDate = objectInput.readLong();

		reportUserId = objectInput.readLong();
		outcome = objectInput.readUTF();

		reportFolderId = objectInput.readLong();
		materialFileEntryIds = objectInput.readUTF();
		overdueNotifiedDate = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(supportEventId);

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

		objectOutput.writeLong(mentorAssignmentId);

		if (eventType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(eventType);
		}

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		objectOutput.writeLong(plannedDate);

		if (participants == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(participants);
		}

		if (expectedResult == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(expectedResult);
		}

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(reportDate);

		objectOutput.writeLong(reportUserId);

		if (outcome == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(outcome);
		}

		objectOutput.writeLong(reportFolderId);

		if (materialFileEntryIds == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(materialFileEntryIds);
		}

		objectOutput.writeLong(overdueNotifiedDate);
	}

	public long mvccVersion;
	public long supportEventId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long mentorAssignmentId;
	public String eventType;
	public String title;
	public long plannedDate;
	public String participants;
	public String expectedResult;
	public String status;
	public long reportDate;
	public long reportUserId;
	public String outcome;
	public long reportFolderId;
	public String materialFileEntryIds;
	public long overdueNotifiedDate;

}