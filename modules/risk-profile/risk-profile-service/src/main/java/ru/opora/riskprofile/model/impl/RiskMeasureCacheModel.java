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

import ru.opora.riskprofile.model.RiskMeasure;

/**
 * The cache model class for representing RiskMeasure in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskMeasureCacheModel
	implements CacheModel<RiskMeasure>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskMeasureCacheModel)) {
			return false;
		}

		RiskMeasureCacheModel riskMeasureCacheModel =
			(RiskMeasureCacheModel)object;

		if ((riskMeasureId == riskMeasureCacheModel.riskMeasureId) &&
			(mvccVersion == riskMeasureCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskMeasureId);

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
		StringBundler sb = new StringBundler(37);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", riskMeasureId=");
		sb.append(riskMeasureId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", riskDocumentId=");
		sb.append(riskDocumentId);
		sb.append(", position=");
		sb.append(position);
		sb.append(", title=");
		sb.append(title);
		sb.append(", taskIndex=");
		sb.append(taskIndex);
		sb.append(", deadline=");
		sb.append(deadline);
		sb.append(", responsible=");
		sb.append(responsible);
		sb.append(", indicator=");
		sb.append(indicator);
		sb.append(", baseline=");
		sb.append(baseline);
		sb.append(", target=");
		sb.append(target);
		sb.append(", expectedResult=");
		sb.append(expectedResult);
		sb.append(", doneDate=");
		sb.append(doneDate);
		sb.append(", notDone=");
		sb.append(notDone);
		sb.append(", interimValue=");
		sb.append(interimValue);
		sb.append(", finalValue=");
		sb.append(finalValue);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskMeasure toEntityModel() {
		RiskMeasureImpl riskMeasureImpl = new RiskMeasureImpl();

		riskMeasureImpl.setMvccVersion(mvccVersion);
		riskMeasureImpl.setRiskMeasureId(riskMeasureId);
		riskMeasureImpl.setGroupId(groupId);
		riskMeasureImpl.setCompanyId(companyId);
		riskMeasureImpl.setRiskDocumentId(riskDocumentId);
		riskMeasureImpl.setPosition(position);

		if (title == null) {
			riskMeasureImpl.setTitle("");
		}
		else {
			riskMeasureImpl.setTitle(title);
		}

		riskMeasureImpl.setTaskIndex(taskIndex);

		if (deadline == Long.MIN_VALUE) {
			riskMeasureImpl.setDeadline(null);
		}
		else {
			riskMeasureImpl.setDeadline(new Date(deadline));
		}

		if (responsible == null) {
			riskMeasureImpl.setResponsible("");
		}
		else {
			riskMeasureImpl.setResponsible(responsible);
		}

		if (indicator == null) {
			riskMeasureImpl.setIndicator("");
		}
		else {
			riskMeasureImpl.setIndicator(indicator);
		}

		if (baseline == null) {
			riskMeasureImpl.setBaseline("");
		}
		else {
			riskMeasureImpl.setBaseline(baseline);
		}

		riskMeasureImpl.setTarget(target);

		if (expectedResult == null) {
			riskMeasureImpl.setExpectedResult("");
		}
		else {
			riskMeasureImpl.setExpectedResult(expectedResult);
		}

		if (doneDate == Long.MIN_VALUE) {
			riskMeasureImpl.setDoneDate(null);
		}
		else {
			riskMeasureImpl.setDoneDate(new Date(doneDate));
		}

		riskMeasureImpl.setNotDone(notDone);

		if (interimValue == null) {
			riskMeasureImpl.setInterimValue("");
		}
		else {
			riskMeasureImpl.setInterimValue(interimValue);
		}

		if (finalValue == null) {
			riskMeasureImpl.setFinalValue("");
		}
		else {
			riskMeasureImpl.setFinalValue(finalValue);
		}

		riskMeasureImpl.resetOriginalValues();

		return riskMeasureImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskMeasureId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		riskDocumentId = objectInput.readLong();

		position = objectInput.readInt();
		title = objectInput.readUTF();

		taskIndex = objectInput.readInt();
		deadline = objectInput.readLong();
		responsible = objectInput.readUTF();
		indicator = objectInput.readUTF();
		baseline = objectInput.readUTF();

		target = objectInput.readDouble();
		expectedResult = objectInput.readUTF();
		doneDate = objectInput.readLong();

		notDone = objectInput.readBoolean();
		interimValue = objectInput.readUTF();
		finalValue = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskMeasureId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(riskDocumentId);

		objectOutput.writeInt(position);

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		objectOutput.writeInt(taskIndex);
		objectOutput.writeLong(deadline);

		if (responsible == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(responsible);
		}

		if (indicator == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(indicator);
		}

		if (baseline == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(baseline);
		}

		objectOutput.writeDouble(target);

		if (expectedResult == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(expectedResult);
		}

		objectOutput.writeLong(doneDate);

		objectOutput.writeBoolean(notDone);

		if (interimValue == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(interimValue);
		}

		if (finalValue == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(finalValue);
		}
	}

	public long mvccVersion;
	public long riskMeasureId;
	public long groupId;
	public long companyId;
	public long riskDocumentId;
	public int position;
	public String title;
	public int taskIndex;
	public long deadline;
	public String responsible;
	public String indicator;
	public String baseline;
	public double target;
	public String expectedResult;
	public long doneDate;
	public boolean notDone;
	public String interimValue;
	public String finalValue;

}