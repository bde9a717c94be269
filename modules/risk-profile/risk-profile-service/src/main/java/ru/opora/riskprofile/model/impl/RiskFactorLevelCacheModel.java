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

import ru.opora.riskprofile.model.RiskFactorLevel;

/**
 * The cache model class for representing RiskFactorLevel in entity cache.
 *
 * @author Opora
 * @generated
 */
public class RiskFactorLevelCacheModel
	implements CacheModel<RiskFactorLevel>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RiskFactorLevelCacheModel)) {
			return false;
		}

		RiskFactorLevelCacheModel riskFactorLevelCacheModel =
			(RiskFactorLevelCacheModel)object;

		if ((riskFactorLevelId ==
				riskFactorLevelCacheModel.riskFactorLevelId) &&
			(mvccVersion == riskFactorLevelCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, riskFactorLevelId);

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
		sb.append(", riskFactorLevelId=");
		sb.append(riskFactorLevelId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", riskProfileId=");
		sb.append(riskProfileId);
		sb.append(", factorCode=");
		sb.append(factorCode);
		sb.append(", computedState=");
		sb.append(computedState);
		sb.append(", level=");
		sb.append(level);
		sb.append(", indicatorValues=");
		sb.append(indicatorValues);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public RiskFactorLevel toEntityModel() {
		RiskFactorLevelImpl riskFactorLevelImpl = new RiskFactorLevelImpl();

		riskFactorLevelImpl.setMvccVersion(mvccVersion);
		riskFactorLevelImpl.setRiskFactorLevelId(riskFactorLevelId);
		riskFactorLevelImpl.setGroupId(groupId);
		riskFactorLevelImpl.setCompanyId(companyId);
		riskFactorLevelImpl.setRiskProfileId(riskProfileId);

		if (factorCode == null) {
			riskFactorLevelImpl.setFactorCode("");
		}
		else {
			riskFactorLevelImpl.setFactorCode(factorCode);
		}

		if (computedState == null) {
			riskFactorLevelImpl.setComputedState("");
		}
		else {
			riskFactorLevelImpl.setComputedState(computedState);
		}

		if (level == null) {
			riskFactorLevelImpl.setLevel("");
		}
		else {
			riskFactorLevelImpl.setLevel(level);
		}

		if (indicatorValues == null) {
			riskFactorLevelImpl.setIndicatorValues("");
		}
		else {
			riskFactorLevelImpl.setIndicatorValues(indicatorValues);
		}

		riskFactorLevelImpl.resetOriginalValues();

		return riskFactorLevelImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		riskFactorLevelId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		riskProfileId = objectInput.readLong();
		factorCode = objectInput.readUTF();
		computedState = objectInput.readUTF();
		level = objectInput.readUTF();
		indicatorValues = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(riskFactorLevelId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(riskProfileId);

		if (factorCode == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(factorCode);
		}

		if (computedState == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(computedState);
		}

		if (level == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(level);
		}

		if (indicatorValues == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(indicatorValues);
		}
	}

	public long mvccVersion;
	public long riskFactorLevelId;
	public long groupId;
	public long companyId;
	public long riskProfileId;
	public String factorCode;
	public String computedState;
	public String level;
	public String indicatorValues;

}