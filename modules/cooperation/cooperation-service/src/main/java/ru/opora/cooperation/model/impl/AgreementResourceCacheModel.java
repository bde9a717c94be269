/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import ru.opora.cooperation.model.AgreementResource;

/**
 * The cache model class for representing AgreementResource in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AgreementResourceCacheModel
	implements CacheModel<AgreementResource>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AgreementResourceCacheModel)) {
			return false;
		}

		AgreementResourceCacheModel agreementResourceCacheModel =
			(AgreementResourceCacheModel)object;

		if ((agreementResourceId ==
				agreementResourceCacheModel.agreementResourceId) &&
			(mvccVersion == agreementResourceCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementResourceId);

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
		StringBundler sb = new StringBundler(21);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", agreementResourceId=");
		sb.append(agreementResourceId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", agreementId=");
		sb.append(agreementId);
		sb.append(", priority=");
		sb.append(priority);
		sb.append(", party=");
		sb.append(party);
		sb.append(", resourceType=");
		sb.append(resourceType);
		sb.append(", description=");
		sb.append(description);
		sb.append(", schedule=");
		sb.append(schedule);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AgreementResource toEntityModel() {
		AgreementResourceImpl agreementResourceImpl =
			new AgreementResourceImpl();

		agreementResourceImpl.setMvccVersion(mvccVersion);
		agreementResourceImpl.setAgreementResourceId(agreementResourceId);
		agreementResourceImpl.setGroupId(groupId);
		agreementResourceImpl.setCompanyId(companyId);
		agreementResourceImpl.setAgreementId(agreementId);
		agreementResourceImpl.setPriority(priority);

		if (party == null) {
			agreementResourceImpl.setParty("");
		}
		else {
			agreementResourceImpl.setParty(party);
		}

		if (resourceType == null) {
			agreementResourceImpl.setResourceType("");
		}
		else {
			agreementResourceImpl.setResourceType(resourceType);
		}

		if (description == null) {
			agreementResourceImpl.setDescription("");
		}
		else {
			agreementResourceImpl.setDescription(description);
		}

		if (schedule == null) {
			agreementResourceImpl.setSchedule("");
		}
		else {
			agreementResourceImpl.setSchedule(schedule);
		}

		agreementResourceImpl.resetOriginalValues();

		return agreementResourceImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementResourceId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		agreementId = objectInput.readLong();

		priority = objectInput.readInt();
		party = objectInput.readUTF();
		resourceType = objectInput.readUTF();
		description = objectInput.readUTF();
		schedule = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementResourceId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(agreementId);

		objectOutput.writeInt(priority);

		if (party == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(party);
		}

		if (resourceType == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(resourceType);
		}

		if (description == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(description);
		}

		if (schedule == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(schedule);
		}
	}

	public long mvccVersion;
	public long agreementResourceId;
	public long groupId;
	public long companyId;
	public long agreementId;
	public int priority;
	public String party;
	public String resourceType;
	public String description;
	public String schedule;

}