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

import ru.opora.riskprofile.model.RiskReviewComment;

/**
 * The cache model class for representing RiskReviewComment in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskReviewCommentCacheModel
	implements CacheModel<RiskReviewComment>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskReviewCommentCacheModel)) {
			return false;
		}

		RiskReviewCommentCacheModel riskReviewCommentCacheModel =
			(RiskReviewCommentCacheModel)object;

		if ((riskReviewCommentId ==
				riskReviewCommentCacheModel.riskReviewCommentId) &&
			(mvccVersion == riskReviewCommentCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskReviewCommentId);

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
		sb.append(", riskReviewCommentId=");
		sb.append(riskReviewCommentId);
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
		sb.append(", riskDocumentId=");
		sb.append(riskDocumentId);
		sb.append(", round=");
		sb.append(round);
		sb.append(", section=");
		sb.append(section);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskReviewComment toEntityModel() {
		RiskReviewCommentImpl riskReviewCommentImpl =
			new RiskReviewCommentImpl();

		riskReviewCommentImpl.setMvccVersion(mvccVersion);
		riskReviewCommentImpl.setRiskReviewCommentId(riskReviewCommentId);
		riskReviewCommentImpl.setGroupId(groupId);
		riskReviewCommentImpl.setCompanyId(companyId);
		riskReviewCommentImpl.setUserId(userId);

		if (userName == null) {
			riskReviewCommentImpl.setUserName("");
		}
		else {
			riskReviewCommentImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			riskReviewCommentImpl.setCreateDate(null);
		}
		else {
			riskReviewCommentImpl.setCreateDate(new Date(createDate));
		}

		riskReviewCommentImpl.setRiskDocumentId(riskDocumentId);
		riskReviewCommentImpl.setRound(round);

		if (section == null) {
			riskReviewCommentImpl.setSection("");
		}
		else {
			riskReviewCommentImpl.setSection(section);
		}

		if (comment == null) {
			riskReviewCommentImpl.setComment("");
		}
		else {
			riskReviewCommentImpl.setComment(comment);
		}

		riskReviewCommentImpl.resetOriginalValues();

		return riskReviewCommentImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskReviewCommentId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();

		riskDocumentId = objectInput.readLong();

		round = objectInput.readInt();
		section = objectInput.readUTF();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskReviewCommentId);

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

		objectOutput.writeLong(riskDocumentId);

		objectOutput.writeInt(round);

		if (section == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(section);
		}

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long riskReviewCommentId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long riskDocumentId;
	public int round;
	public String section;
	public String comment;

}