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

import ru.opora.diagnostics.model.RouteAction;

/**
 * The cache model class for representing RouteAction in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RouteActionCacheModel
	implements CacheModel<RouteAction>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RouteActionCacheModel)) {
			return false;
		}

		RouteActionCacheModel routeActionCacheModel =
			(RouteActionCacheModel)object;

		if ((routeActionId == routeActionCacheModel.routeActionId) &&
			(mvccVersion == routeActionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, routeActionId);

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
		StringBundler sb = new StringBundler(35);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", routeActionId=");
		sb.append(routeActionId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", routeId=");
		sb.append(routeId);
		sb.append(", competenceCode=");
		sb.append(competenceCode);
		sb.append(", actionType=");
		sb.append(actionType);
		sb.append(", referenceId=");
		sb.append(referenceId);
		sb.append(", title=");
		sb.append(title);
		sb.append(", deadline=");
		sb.append(deadline);
		sb.append(", evidence=");
		sb.append(evidence);
		sb.append(", status=");
		sb.append(status);
		sb.append(", doneDate=");
		sb.append(doneDate);
		sb.append(", evidenceFileEntryId=");
		sb.append(evidenceFileEntryId);
		sb.append(", comment=");
		sb.append(comment);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RouteAction toEntityModel() {
		RouteActionImpl routeActionImpl = new RouteActionImpl();

		routeActionImpl.setMvccVersion(mvccVersion);
		routeActionImpl.setRouteActionId(routeActionId);
		routeActionImpl.setGroupId(groupId);
		routeActionImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			routeActionImpl.setCreateDate(null);
		}
		else {
			routeActionImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			routeActionImpl.setModifiedDate(null);
		}
		else {
			routeActionImpl.setModifiedDate(new Date(modifiedDate));
		}

		routeActionImpl.setRouteId(routeId);

		if (competenceCode == null) {
			routeActionImpl.setCompetenceCode("");
		}
		else {
			routeActionImpl.setCompetenceCode(competenceCode);
		}

		if (actionType == null) {
			routeActionImpl.setActionType("");
		}
		else {
			routeActionImpl.setActionType(actionType);
		}

		routeActionImpl.setReferenceId(referenceId);

		if (title == null) {
			routeActionImpl.setTitle("");
		}
		else {
			routeActionImpl.setTitle(title);
		}

		if (deadline == Long.MIN_VALUE) {
			routeActionImpl.setDeadline(null);
		}
		else {
			routeActionImpl.setDeadline(new Date(deadline));
		}

		if (evidence == null) {
			routeActionImpl.setEvidence("");
		}
		else {
			routeActionImpl.setEvidence(evidence);
		}

		if (status == null) {
			routeActionImpl.setStatus("");
		}
		else {
			routeActionImpl.setStatus(status);
		}

		if (doneDate == Long.MIN_VALUE) {
			routeActionImpl.setDoneDate(null);
		}
		else {
			routeActionImpl.setDoneDate(new Date(doneDate));
		}

		routeActionImpl.setEvidenceFileEntryId(evidenceFileEntryId);

		if (comment == null) {
			routeActionImpl.setComment("");
		}
		else {
			routeActionImpl.setComment(comment);
		}

		routeActionImpl.resetOriginalValues();

		return routeActionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		routeActionId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		routeId = objectInput.readLong();
		competenceCode = objectInput.readUTF();
		actionType = objectInput.readUTF();

		referenceId = objectInput.readLong();
		title = objectInput.readUTF();
		deadline = objectInput.readLong();
		evidence = objectInput.readUTF();
		status = objectInput.readUTF();
		doneDate = objectInput.readLong();

		evidenceFileEntryId = objectInput.readLong();
		comment = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(routeActionId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(routeId);

		if (competenceCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(competenceCode);
		}

		if (actionType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(actionType);
		}

		objectOutput.writeLong(referenceId);

		if (title == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(title);
		}

		objectOutput.writeLong(deadline);

		if (evidence == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(evidence);
		}

		if (status == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(status);
		}

		objectOutput.writeLong(doneDate);

		objectOutput.writeLong(evidenceFileEntryId);

		if (comment == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(comment);
		}
	}

	public long mvccVersion;
	public long routeActionId;
	public long groupId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public long routeId;
	public String competenceCode;
	public String actionType;
	public long referenceId;
	public String title;
	public long deadline;
	public String evidence;
	public String status;
	public long doneDate;
	public long evidenceFileEntryId;
	public String comment;

}