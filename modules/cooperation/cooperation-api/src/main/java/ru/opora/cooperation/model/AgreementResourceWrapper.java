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
 * This class is a wrapper for {@link AgreementResource}.
 * </p>
 *
 * @author Opora
 * @see AgreementResource
 * @generated
 */
public class AgreementResourceWrapper
	extends BaseModelWrapper<AgreementResource>
	implements AgreementResource, ModelWrapper<AgreementResource> {

	public AgreementResourceWrapper(AgreementResource agreementResource) {
		super(agreementResource);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementResourceId", getAgreementResourceId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("agreementId", getAgreementId());
		attributes.put("priority", getPriority());
		attributes.put("party", getParty());
		attributes.put("resourceType", getResourceType());
		attributes.put("description", getDescription());
		attributes.put("schedule", getSchedule());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementResourceId = (Long)attributes.get("agreementResourceId");

		if (agreementResourceId != null) {
			setAgreementResourceId(agreementResourceId);
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

		Integer priority = (Integer)attributes.get("priority");

		if (priority != null) {
			setPriority(priority);
		}

		String party = (String)attributes.get("party");

		if (party != null) {
			setParty(party);
		}

		String resourceType = (String)attributes.get("resourceType");

		if (resourceType != null) {
			setResourceType(resourceType);
		}

		String description = (String)attributes.get("description");

		if (description != null) {
			setDescription(description);
		}

		String schedule = (String)attributes.get("schedule");

		if (schedule != null) {
			setSchedule(schedule);
		}
	}

	@Override
	public AgreementResource cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreement ID of this agreement resource.
	 *
	 * @return the agreement ID of this agreement resource
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * Returns the agreement resource ID of this agreement resource.
	 *
	 * @return the agreement resource ID of this agreement resource
	 */
	@Override
	public long getAgreementResourceId() {
		return model.getAgreementResourceId();
	}

	/**
	 * Returns the company ID of this agreement resource.
	 *
	 * @return the company ID of this agreement resource
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the description of this agreement resource.
	 *
	 * @return the description of this agreement resource
	 */
	@Override
	public String getDescription() {
		return model.getDescription();
	}

	/**
	 * Returns the group ID of this agreement resource.
	 *
	 * @return the group ID of this agreement resource
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this agreement resource.
	 *
	 * @return the mvcc version of this agreement resource
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the party of this agreement resource.
	 *
	 * @return the party of this agreement resource
	 */
	@Override
	public String getParty() {
		return model.getParty();
	}

	@Override
	public ru.opora.domain.cooperation.PartyRef getPartyRef() {
		return model.getPartyRef();
	}

	/**
	 * Returns the primary key of this agreement resource.
	 *
	 * @return the primary key of this agreement resource
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priority of this agreement resource.
	 *
	 * @return the priority of this agreement resource
	 */
	@Override
	public int getPriority() {
		return model.getPriority();
	}

	/**
	 * Returns the resource type of this agreement resource.
	 *
	 * @return the resource type of this agreement resource
	 */
	@Override
	public String getResourceType() {
		return model.getResourceType();
	}

	/**
	 * Returns the schedule of this agreement resource.
	 *
	 * @return the schedule of this agreement resource
	 */
	@Override
	public String getSchedule() {
		return model.getSchedule();
	}

	/**
	 * The type, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.cooperation.ResourceType getType() {
		return model.getType();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the agreement ID of this agreement resource.
	 *
	 * @param agreementId the agreement ID of this agreement resource
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets the agreement resource ID of this agreement resource.
	 *
	 * @param agreementResourceId the agreement resource ID of this agreement resource
	 */
	@Override
	public void setAgreementResourceId(long agreementResourceId) {
		model.setAgreementResourceId(agreementResourceId);
	}

	/**
	 * Sets the company ID of this agreement resource.
	 *
	 * @param companyId the company ID of this agreement resource
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the description of this agreement resource.
	 *
	 * @param description the description of this agreement resource
	 */
	@Override
	public void setDescription(String description) {
		model.setDescription(description);
	}

	/**
	 * Sets the group ID of this agreement resource.
	 *
	 * @param groupId the group ID of this agreement resource
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this agreement resource.
	 *
	 * @param mvccVersion the mvcc version of this agreement resource
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the party of this agreement resource.
	 *
	 * @param party the party of this agreement resource
	 */
	@Override
	public void setParty(String party) {
		model.setParty(party);
	}

	/**
	 * Sets the primary key of this agreement resource.
	 *
	 * @param primaryKey the primary key of this agreement resource
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priority of this agreement resource.
	 *
	 * @param priority the priority of this agreement resource
	 */
	@Override
	public void setPriority(int priority) {
		model.setPriority(priority);
	}

	/**
	 * Sets the resource type of this agreement resource.
	 *
	 * @param resourceType the resource type of this agreement resource
	 */
	@Override
	public void setResourceType(String resourceType) {
		model.setResourceType(resourceType);
	}

	/**
	 * Sets the schedule of this agreement resource.
	 *
	 * @param schedule the schedule of this agreement resource
	 */
	@Override
	public void setSchedule(String schedule) {
		model.setSchedule(schedule);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AgreementResourceWrapper wrap(
		AgreementResource agreementResource) {

		return new AgreementResourceWrapper(agreementResource);
	}

}