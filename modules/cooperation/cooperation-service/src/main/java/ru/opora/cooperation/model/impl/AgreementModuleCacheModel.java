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

import ru.opora.cooperation.model.AgreementModule;

/**
 * The cache model class for representing AgreementModule in entity cache.
 *
 * @author Opora
 * @generated
 */
public class AgreementModuleCacheModel
	implements CacheModel<AgreementModule>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof AgreementModuleCacheModel)) {
			return false;
		}

		AgreementModuleCacheModel agreementModuleCacheModel =
			(AgreementModuleCacheModel)object;

		if ((agreementModuleId ==
				agreementModuleCacheModel.agreementModuleId) &&
			(mvccVersion == agreementModuleCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, agreementModuleId);

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
		sb.append(", agreementModuleId=");
		sb.append(agreementModuleId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", agreementId=");
		sb.append(agreementId);
		sb.append(", agreementProgrammeId=");
		sb.append(agreementProgrammeId);
		sb.append(", priority=");
		sb.append(priority);
		sb.append(", name=");
		sb.append(name);
		sb.append(", hours=");
		sb.append(hours);
		sb.append(", deliveringParty=");
		sb.append(deliveringParty);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public AgreementModule toEntityModel() {
		AgreementModuleImpl agreementModuleImpl = new AgreementModuleImpl();

		agreementModuleImpl.setMvccVersion(mvccVersion);
		agreementModuleImpl.setAgreementModuleId(agreementModuleId);
		agreementModuleImpl.setGroupId(groupId);
		agreementModuleImpl.setCompanyId(companyId);
		agreementModuleImpl.setAgreementId(agreementId);
		agreementModuleImpl.setAgreementProgrammeId(agreementProgrammeId);
		agreementModuleImpl.setPriority(priority);

		if (name == null) {
			agreementModuleImpl.setName("");
		}
		else {
			agreementModuleImpl.setName(name);
		}

		agreementModuleImpl.setHours(hours);

		if (deliveringParty == null) {
			agreementModuleImpl.setDeliveringParty("");
		}
		else {
			agreementModuleImpl.setDeliveringParty(deliveringParty);
		}

		agreementModuleImpl.resetOriginalValues();

		return agreementModuleImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		agreementModuleId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		agreementId = objectInput.readLong();

		agreementProgrammeId = objectInput.readLong();

		priority = objectInput.readInt();
		name = objectInput.readUTF();

		hours = objectInput.readInt();
		deliveringParty = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(agreementModuleId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(agreementId);

		objectOutput.writeLong(agreementProgrammeId);

		objectOutput.writeInt(priority);

		if (name == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(name);
		}

		objectOutput.writeInt(hours);

		if (deliveringParty == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(deliveringParty);
		}
	}

	public long mvccVersion;
	public long agreementModuleId;
	public long groupId;
	public long companyId;
	public long agreementId;
	public long agreementProgrammeId;
	public int priority;
	public String name;
	public int hours;
	public String deliveringParty;

}