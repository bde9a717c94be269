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

import ru.opora.riskprofile.model.RiskDocumentSnapshot;

/**
 * The cache model class for representing RiskDocumentSnapshot in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskDocumentSnapshotCacheModel
	implements CacheModel<RiskDocumentSnapshot>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskDocumentSnapshotCacheModel)) {
			return false;
		}

		RiskDocumentSnapshotCacheModel riskDocumentSnapshotCacheModel =
			(RiskDocumentSnapshotCacheModel)object;

		if ((riskDocumentSnapshotId ==
				riskDocumentSnapshotCacheModel.riskDocumentSnapshotId) &&
			(mvccVersion == riskDocumentSnapshotCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskDocumentSnapshotId);

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
		StringBundler sb = new StringBundler(19);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", riskDocumentSnapshotId=");
		sb.append(riskDocumentSnapshotId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", riskDocumentId=");
		sb.append(riskDocumentId);
		sb.append(", round=");
		sb.append(round);
		sb.append(", content=");
		sb.append(content);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskDocumentSnapshot toEntityModel() {
		RiskDocumentSnapshotImpl riskDocumentSnapshotImpl =
			new RiskDocumentSnapshotImpl();

		riskDocumentSnapshotImpl.setMvccVersion(mvccVersion);
		riskDocumentSnapshotImpl.setRiskDocumentSnapshotId(
			riskDocumentSnapshotId);
		riskDocumentSnapshotImpl.setGroupId(groupId);
		riskDocumentSnapshotImpl.setCompanyId(companyId);
		riskDocumentSnapshotImpl.setUserId(userId);

		if (createDate == Long.MIN_VALUE) {
			riskDocumentSnapshotImpl.setCreateDate(null);
		}
		else {
			riskDocumentSnapshotImpl.setCreateDate(new Date(createDate));
		}

		riskDocumentSnapshotImpl.setRiskDocumentId(riskDocumentId);
		riskDocumentSnapshotImpl.setRound(round);

		if (content == null) {
			riskDocumentSnapshotImpl.setContent("");
		}
		else {
			riskDocumentSnapshotImpl.setContent(content);
		}

		riskDocumentSnapshotImpl.resetOriginalValues();

		return riskDocumentSnapshotImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskDocumentSnapshotId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		createDate = objectInput.readLong();

		riskDocumentId = objectInput.readLong();

		round = objectInput.readInt();
		content = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskDocumentSnapshotId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(riskDocumentId);

		objectOutput.writeInt(round);

		if (content == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(content);
		}
	}

	public long mvccVersion;
	public long riskDocumentSnapshotId;
	public long groupId;
	public long companyId;
	public long userId;
	public long createDate;
	public long riskDocumentId;
	public int round;
	public String content;

}