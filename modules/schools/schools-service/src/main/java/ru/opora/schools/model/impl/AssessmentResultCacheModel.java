/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import ru.opora.schools.model.AssessmentResult;

/**
 * The cache model class for representing AssessmentResult in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AssessmentResultCacheModel
	implements CacheModel<AssessmentResult>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AssessmentResultCacheModel)) {
			return false;
		}

		AssessmentResultCacheModel assessmentResultCacheModel =
			(AssessmentResultCacheModel)object;

		if ((assessmentResultId ==
				assessmentResultCacheModel.assessmentResultId) &&
			(mvccVersion == assessmentResultCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, assessmentResultId);

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
		sb.append(", assessmentResultId=");
		sb.append(assessmentResultId);
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
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", assessmentYear=");
		sb.append(assessmentYear);
		sb.append(", assessmentType=");
		sb.append(assessmentType);
		sb.append(", grade=");
		sb.append(grade);
		sb.append(", subject=");
		sb.append(subject);
		sb.append(", participants=");
		sb.append(participants);
		sb.append(", marksGiven=");
		sb.append(marksGiven);
		sb.append(", marks2=");
		sb.append(marks2);
		sb.append(", marks3=");
		sb.append(marks3);
		sb.append(", marks4=");
		sb.append(marks4);
		sb.append(", marks5=");
		sb.append(marks5);
		sb.append(", meanScore=");
		sb.append(meanScore);
		sb.append(", shareBelowThreshold=");
		sb.append(shareBelowThreshold);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AssessmentResult toEntityModel() {
		AssessmentResultImpl assessmentResultImpl = new AssessmentResultImpl();

		assessmentResultImpl.setMvccVersion(mvccVersion);
		assessmentResultImpl.setAssessmentResultId(assessmentResultId);
		assessmentResultImpl.setGroupId(groupId);
		assessmentResultImpl.setCompanyId(companyId);
		assessmentResultImpl.setUserId(userId);

		if (userName == null) {
			assessmentResultImpl.setUserName("");
		}
		else {
			assessmentResultImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			assessmentResultImpl.setCreateDate(null);
		}
		else {
			assessmentResultImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			assessmentResultImpl.setModifiedDate(null);
		}
		else {
			assessmentResultImpl.setModifiedDate(new Date(modifiedDate));
		}

		assessmentResultImpl.setSchoolId(schoolId);
		assessmentResultImpl.setAssessmentYear(assessmentYear);

		if (assessmentType == null) {
			assessmentResultImpl.setAssessmentType("");
		}
		else {
			assessmentResultImpl.setAssessmentType(assessmentType);
		}

		assessmentResultImpl.setGrade(grade);

		if (subject == null) {
			assessmentResultImpl.setSubject("");
		}
		else {
			assessmentResultImpl.setSubject(subject);
		}

		assessmentResultImpl.setParticipants(participants);
		assessmentResultImpl.setMarksGiven(marksGiven);
		assessmentResultImpl.setMarks2(marks2);
		assessmentResultImpl.setMarks3(marks3);
		assessmentResultImpl.setMarks4(marks4);
		assessmentResultImpl.setMarks5(marks5);
		assessmentResultImpl.setMeanScore(meanScore);
		assessmentResultImpl.setShareBelowThreshold(shareBelowThreshold);

		assessmentResultImpl.resetOriginalValues();

		return assessmentResultImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		assessmentResultId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		schoolId = objectInput.readLong();

		assessmentYear = objectInput.readInt();
		assessmentType = objectInput.readUTF();

		grade = objectInput.readInt();
		subject = objectInput.readUTF();

		participants = objectInput.readInt();

		marksGiven = objectInput.readBoolean();

		marks2 = objectInput.readInt();

		marks3 = objectInput.readInt();

		marks4 = objectInput.readInt();

		marks5 = objectInput.readInt();

		meanScore = objectInput.readDouble();

		shareBelowThreshold = objectInput.readDouble();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(assessmentResultId);

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

		objectOutput.writeLong(schoolId);

		objectOutput.writeInt(assessmentYear);

		if (assessmentType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(assessmentType);
		}

		objectOutput.writeInt(grade);

		if (subject == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(subject);
		}

		objectOutput.writeInt(participants);

		objectOutput.writeBoolean(marksGiven);

		objectOutput.writeInt(marks2);

		objectOutput.writeInt(marks3);

		objectOutput.writeInt(marks4);

		objectOutput.writeInt(marks5);

		objectOutput.writeDouble(meanScore);

		objectOutput.writeDouble(shareBelowThreshold);
	}

	public long mvccVersion;
	public long assessmentResultId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long schoolId;
	public int assessmentYear;
	public String assessmentType;
	public int grade;
	public String subject;
	public int participants;
	public boolean marksGiven;
	public int marks2;
	public int marks3;
	public int marks4;
	public int marks5;
	public double meanScore;
	public double shareBelowThreshold;

}