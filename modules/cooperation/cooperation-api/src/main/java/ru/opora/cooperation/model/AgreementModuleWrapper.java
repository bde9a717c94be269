/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link AgreementModule}.
 * </p>
 *
 * @author Opora
 * @see AgreementModule
 * @generated
 */
public class AgreementModuleWrapper
	extends BaseModelWrapper<AgreementModule>
	implements AgreementModule, ModelWrapper<AgreementModule> {

	public AgreementModuleWrapper(AgreementModule agreementModule) {
		super(agreementModule);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementModuleId", getAgreementModuleId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("agreementId", getAgreementId());
		attributes.put("agreementProgrammeId", getAgreementProgrammeId());
		attributes.put("priority", getPriority());
		attributes.put("name", getName());
		attributes.put("hours", getHours());
		attributes.put("deliveringParty", getDeliveringParty());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementModuleId = (Long)attributes.get("agreementModuleId");

		if (agreementModuleId != null) {
			setAgreementModuleId(agreementModuleId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long agreementId = (Long)attributes.get("agreementId");

		if (agreementId != null) {
			setAgreementId(agreementId);
		}

		Long agreementProgrammeId = (Long)attributes.get(
			"agreementProgrammeId");

		if (agreementProgrammeId != null) {
			setAgreementProgrammeId(agreementProgrammeId);
		}

		Integer priority = (Integer)attributes.get("priority");

		if (priority != null) {
			setPriority(priority);
		}

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		Integer hours = (Integer)attributes.get("hours");

		if (hours != null) {
			setHours(hours);
		}

		String deliveringParty = (String)attributes.get("deliveringParty");

		if (deliveringParty != null) {
			setDeliveringParty(deliveringParty);
		}
	}

	@Override
	public AgreementModule cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreement ID of this agreement module.
	 *
	 * @return the agreement ID of this agreement module
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * Returns the agreement module ID of this agreement module.
	 *
	 * @return the agreement module ID of this agreement module
	 */
	@Override
	public long getAgreementModuleId() {
		return model.getAgreementModuleId();
	}

	/**
	 * Returns the agreement programme ID of this agreement module.
	 *
	 * @return the agreement programme ID of this agreement module
	 */
	@Override
	public long getAgreementProgrammeId() {
		return model.getAgreementProgrammeId();
	}

	/**
	 * Returns the company ID of this agreement module.
	 *
	 * @return the company ID of this agreement module
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the delivering party of this agreement module.
	 *
	 * @return the delivering party of this agreement module
	 */
	@Override
	public String getDeliveringParty() {
		return model.getDeliveringParty();
	}

	/**
	 * The delivering party, or null when not named.
	 */
	@Override
	public ru.opora.domain.cooperation.PartyRef getDeliveringPartyRef() {
		return model.getDeliveringPartyRef();
	}

	/**
	 * Returns the group ID of this agreement module.
	 *
	 * @return the group ID of this agreement module
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the hours of this agreement module.
	 *
	 * @return the hours of this agreement module
	 */
	@Override
	public int getHours() {
		return model.getHours();
	}

	/**
	 * Returns the mvcc version of this agreement module.
	 *
	 * @return the mvcc version of this agreement module
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this agreement module.
	 *
	 * @return the name of this agreement module
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this agreement module.
	 *
	 * @return the primary key of this agreement module
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priority of this agreement module.
	 *
	 * @return the priority of this agreement module
	 */
	@Override
	public int getPriority() {
		return model.getPriority();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the agreement ID of this agreement module.
	 *
	 * @param agreementId the agreement ID of this agreement module
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets the agreement module ID of this agreement module.
	 *
	 * @param agreementModuleId the agreement module ID of this agreement module
	 */
	@Override
	public void setAgreementModuleId(long agreementModuleId) {
		model.setAgreementModuleId(agreementModuleId);
	}

	/**
	 * Sets the agreement programme ID of this agreement module.
	 *
	 * @param agreementProgrammeId the agreement programme ID of this agreement module
	 */
	@Override
	public void setAgreementProgrammeId(long agreementProgrammeId) {
		model.setAgreementProgrammeId(agreementProgrammeId);
	}

	/**
	 * Sets the company ID of this agreement module.
	 *
	 * @param companyId the company ID of this agreement module
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the delivering party of this agreement module.
	 *
	 * @param deliveringParty the delivering party of this agreement module
	 */
	@Override
	public void setDeliveringParty(String deliveringParty) {
		model.setDeliveringParty(deliveringParty);
	}

	/**
	 * Sets the group ID of this agreement module.
	 *
	 * @param groupId the group ID of this agreement module
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the hours of this agreement module.
	 *
	 * @param hours the hours of this agreement module
	 */
	@Override
	public void setHours(int hours) {
		model.setHours(hours);
	}

	/**
	 * Sets the mvcc version of this agreement module.
	 *
	 * @param mvccVersion the mvcc version of this agreement module
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this agreement module.
	 *
	 * @param name the name of this agreement module
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this agreement module.
	 *
	 * @param primaryKey the primary key of this agreement module
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priority of this agreement module.
	 *
	 * @param priority the priority of this agreement module
	 */
	@Override
	public void setPriority(int priority) {
		model.setPriority(priority);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AgreementModuleWrapper wrap(AgreementModule agreementModule) {
		return new AgreementModuleWrapper(agreementModule);
	}

}