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

import ru.opora.riskprofile.model.RiskSurveyResponse;

/**
 * The cache model class for representing RiskSurveyResponse in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskSurveyResponseCacheModel
	implements CacheModel<RiskSurveyResponse>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskSurveyResponseCacheModel)) {
			return false;
		}

		RiskSurveyResponseCacheModel riskSurveyResponseCacheModel =
			(RiskSurveyResponseCacheModel)object;

		if ((riskSurveyResponseId ==
				riskSurveyResponseCacheModel.riskSurveyResponseId) &&
			(mvccVersion == riskSurveyResponseCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskSurveyResponseId);

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
		StringBundler sb = new StringBundler(29);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", riskSurveyResponseId=");
		sb.append(riskSurveyResponseId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", schoolId=");
		sb.append(schoolId);
		sb.append(", year=");
		sb.append(year);
		sb.append(", respondentGroup=");
		sb.append(respondentGroup);
		sb.append(", respondentUserId=");
		sb.append(respondentUserId);
		sb.append(", responseCode=");
		sb.append(responseCode);
		sb.append(", answers=");
		sb.append(answers);
		sb.append(", source=");
		sb.append(source);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskSurveyResponse toEntityModel() {
		RiskSurveyResponseImpl riskSurveyResponseImpl =
			new RiskSurveyResponseImpl();

		riskSurveyResponseImpl.setMvccVersion(mvccVersion);
		riskSurveyResponseImpl.setRiskSurveyResponseId(riskSurveyResponseId);
		riskSurveyResponseImpl.setGroupId(groupId);
		riskSurveyResponseImpl.setCompanyId(companyId);
		riskSurveyResponseImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			riskSurveyResponseImpl.setCreateDate(null);
		}
		else {
			riskSurveyResponseImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			riskSurveyResponseImpl.setModifiedDate(null);
		}
		else {
			riskSurveyResponseImpl.setModifiedDate(new Date(modifiedDate));
		}

		riskSurveyResponseImpl.setSchoolId(schoolId);
		riskSurveyResponseImpl.setYear(year);

		if (respondentGroup == null) {
			riskSurveyResponseImpl.setRespondentGroup("");
		}
		else {
			riskSurveyResponseImpl.setRespondentGroup(respondentGroup);
		}

		riskSurveyResponseImpl.setRespondentUserId(respondentUserId);

		if (responseCode == null) {
			riskSurveyResponseImpl.setResponseCode("");
		}
		else {
			riskSurveyResponseImpl.setResponseCode(responseCode);
		}

		if (answers == null) {
			riskSurveyResponseImpl.setAnswers("");
		}
		else {
			riskSurveyResponseImpl.setAnswers(answers);
		}

		if (source == null) {
			riskSurveyResponseImpl.setSource("");
		}
		else {
			riskSurveyResponseImpl.setSource(source);
		}

		riskSurveyResponseImpl.resetOriginalValues();

		return riskSurveyResponseImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskSurveyResponseId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		schoolId = objectInput.readLong();

		year = objectInput.readInt();
		respondentGroup = objectInput.readUTF();

		respondentUserId = objectInput.readLong();
		responseCode = objectInput.readUTF();
		answers = objectInput.readUTF();
		source = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskSurveyResponseId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(schoolId);

		objectOutput.writeInt(year);

		if (respondentGroup == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(respondentGroup);
		}

		objectOutput.writeLong(respondentUserId);

		if (responseCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(responseCode);
		}

		if (answers == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(answers);
		}

		if (source == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(source);
		}
	}

	public long mvccVersion;
	public long riskSurveyResponseId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public long modifiedDate;
	public long schoolId;
	public int year;
	public String respondentGroup;
	public long respondentUserId;
	public String responseCode;
	public String answers;
	public String source;

}