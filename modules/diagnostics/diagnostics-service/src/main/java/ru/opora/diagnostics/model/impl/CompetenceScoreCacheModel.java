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

import ru.opora.diagnostics.model.CompetenceScore;

/**
 * The cache model class for representing CompetenceScore in entity cache.
 *
 * @author Opora
 * @generated
 */
public class CompetenceScoreCacheModel
	implements CacheModel<CompetenceScore>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CompetenceScoreCacheModel)) {
			return false;
		}

		CompetenceScoreCacheModel competenceScoreCacheModel =
			(CompetenceScoreCacheModel)object;

		if ((competenceScoreId ==
				competenceScoreCacheModel.competenceScoreId) &&
			(mvccVersion == competenceScoreCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, competenceScoreId);

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
		StringBundler sb = new StringBundler(33);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", competenceScoreId=");
		sb.append(competenceScoreId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", attemptId=");
		sb.append(attemptId);
		sb.append(", competenceCode=");
		sb.append(competenceCode);
		sb.append(", points=");
		sb.append(points);
		sb.append(", maxPoints=");
		sb.append(maxPoints);
		sb.append(", percent=");
		sb.append(percent);
		sb.append(", threshold=");
		sb.append(threshold);
		sb.append(", itemsTotal=");
		sb.append(itemsTotal);
		sb.append(", itemsCorrect=");
		sb.append(itemsCorrect);
		sb.append(", itemsPartial=");
		sb.append(itemsPartial);
		sb.append(", itemsUnanswered=");
		sb.append(itemsUnanswered);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CompetenceScore toEntityModel() {
		CompetenceScoreImpl competenceScoreImpl = new CompetenceScoreImpl();

		competenceScoreImpl.setMvccVersion(mvccVersion);
		competenceScoreImpl.setCompetenceScoreId(competenceScoreId);
		competenceScoreImpl.setGroupId(groupId);
		competenceScoreImpl.setCompanyId(companyId);
		competenceScoreImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			competenceScoreImpl.setCreateDate(null);
		}
		else {
			competenceScoreImpl.setCreateDate(new Date(createDate));
		}

		competenceScoreImpl.setAttemptId(attemptId);

		if (competenceCode == null) {
			competenceScoreImpl.setCompetenceCode("");
		}
		else {
			competenceScoreImpl.setCompetenceCode(competenceCode);
		}

		competenceScoreImpl.setPoints(points);
		competenceScoreImpl.setMaxPoints(maxPoints);
		competenceScoreImpl.setPercent(percent);
		competenceScoreImpl.setThreshold(threshold);
		competenceScoreImpl.setItemsTotal(itemsTotal);
		competenceScoreImpl.setItemsCorrect(itemsCorrect);
		competenceScoreImpl.setItemsPartial(itemsPartial);
		competenceScoreImpl.setItemsUnanswered(itemsUnanswered);

		competenceScoreImpl.resetOriginalValues();

		return competenceScoreImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		competenceScoreId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();

		attemptId = objectInput.readLong();
		competenceCode = objectInput.readUTF();

		points = objectInput.readDouble();

		maxPoints = objectInput.readDouble();

		percent = objectInput.readDouble();

		threshold = objectInput.readInt();

		itemsTotal = objectInput.readInt();

		itemsCorrect = objectInput.readInt();

		itemsPartial = objectInput.readInt();

		itemsUnanswered = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(competenceScoreId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(attemptId);

		if (competenceCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(competenceCode);
		}

		objectOutput.writeDouble(points);

		objectOutput.writeDouble(maxPoints);

		objectOutput.writeDouble(percent);

		objectOutput.writeInt(threshold);

		objectOutput.writeInt(itemsTotal);

		objectOutput.writeInt(itemsCorrect);

		objectOutput.writeInt(itemsPartial);

		objectOutput.writeInt(itemsUnanswered);
	}

	public long mvccVersion;
	public long competenceScoreId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public long attemptId;
	public String competenceCode;
	public double points;
	public double maxPoints;
	public double percent;
	public int threshold;
	public int itemsTotal;
	public int itemsCorrect;
	public int itemsPartial;
	public int itemsUnanswered;

}