/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link AgreementParty}.
 * </p>
 *
 * @author Opora
 * @see AgreementParty
 * @generated
 */
public class AgreementPartyWrapper
	extends BaseModelWrapper<AgreementParty>
	implements AgreementParty, ModelWrapper<AgreementParty> {

	public AgreementPartyWrapper(AgreementParty agreementParty) {
		super(agreementParty);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementPartyId", getAgreementPartyId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("agreementId", getAgreementId());
		attributes.put("priority", getPriority());
		attributes.put("schoolId", getSchoolId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("fullName", getFullName());
		attributes.put("legalForm", getLegalForm());
		attributes.put("address", getAddress());
		attributes.put("inn", getInn());
		attributes.put("ogrn", getOgrn());
		attributes.put("headName", getHeadName());
		attributes.put("headPosition", getHeadPosition());
		attributes.put("authorityBasis", getAuthorityBasis());
		attributes.put("approved", isApproved());
		attributes.put("approvedUserId", getApprovedUserId());
		attributes.put("approvedDate", getApprovedDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementPartyId = (Long)attributes.get("agreementPartyId");

		if (agreementPartyId != null) {
			setAgreementPartyId(agreementPartyId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long agreementId = (Long)attributes.get("agreementId");

		if (agreementId != null) {
			setAgreementId(agreementId);
		}

		Integer priority = (Integer)attributes.get("priority");

		if (priority != null) {
			setPriority(priority);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		String fullName = (String)attributes.get("fullName");

		if (fullName != null) {
			setFullName(fullName);
		}

		String legalForm = (String)attributes.get("legalForm");

		if (legalForm != null) {
			setLegalForm(legalForm);
		}

		String address = (String)attributes.get("address");

		if (address != null) {
			setAddress(address);
		}

		String inn = (String)attributes.get("inn");

		if (inn != null) {
			setInn(inn);
		}

		String ogrn = (String)attributes.get("ogrn");

		if (ogrn != null) {
			setOgrn(ogrn);
		}

		String headName = (String)attributes.get("headName");

		if (headName != null) {
			setHeadName(headName);
		}

		String headPosition = (String)attributes.get("headPosition");

		if (headPosition != null) {
			setHeadPosition(headPosition);
		}

		String authorityBasis = (String)attributes.get("authorityBasis");

		if (authorityBasis != null) {
			setAuthorityBasis(authorityBasis);
		}

		Boolean approved = (Boolean)attributes.get("approved");

		if (approved != null) {
			setApproved(approved);
		}

		Long approvedUserId = (Long)attributes.get("approvedUserId");

		if (approvedUserId != null) {
			setApprovedUserId(approvedUserId);
		}

		Date approvedDate = (Date)attributes.get("approvedDate");

		if (approvedDate != null) {
			setApprovedDate(approvedDate);
		}
	}

	@Override
	public AgreementParty cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the address of this agreement party.
	 *
	 * @return the address of this agreement party
	 */
	@Override
	public String getAddress() {
		return model.getAddress();
	}

	/**
	 * Returns the agreement ID of this agreement party.
	 *
	 * @return the agreement ID of this agreement party
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * Returns the agreement party ID of this agreement party.
	 *
	 * @return the agreement party ID of this agreement party
	 */
	@Override
	public long getAgreementPartyId() {
		return model.getAgreementPartyId();
	}

	/**
	 * Returns the approved of this agreement party.
	 *
	 * @return the approved of this agreement party
	 */
	@Override
	public boolean getApproved() {
		return model.getApproved();
	}

	/**
	 * Returns the approved date of this agreement party.
	 *
	 * @return the approved date of this agreement party
	 */
	@Override
	public Date getApprovedDate() {
		return model.getApprovedDate();
	}

	/**
	 * Returns the approved user ID of this agreement party.
	 *
	 * @return the approved user ID of this agreement party
	 */
	@Override
	public long getApprovedUserId() {
		return model.getApprovedUserId();
	}

	/**
	 * Returns the approved user uuid of this agreement party.
	 *
	 * @return the approved user uuid of this agreement party
	 */
	@Override
	public String getApprovedUserUuid() {
		return model.getApprovedUserUuid();
	}

	/**
	 * Returns the authority basis of this agreement party.
	 *
	 * @return the authority basis of this agreement party
	 */
	@Override
	public String getAuthorityBasis() {
		return model.getAuthorityBasis();
	}

	/**
	 * Returns the company ID of this agreement party.
	 *
	 * @return the company ID of this agreement party
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this agreement party.
	 *
	 * @return the create date of this agreement party
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the full name of this agreement party.
	 *
	 * @return the full name of this agreement party
	 */
	@Override
	public String getFullName() {
		return model.getFullName();
	}

	/**
	 * Returns the group ID of this agreement party.
	 *
	 * @return the group ID of this agreement party
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the head name of this agreement party.
	 *
	 * @return the head name of this agreement party
	 */
	@Override
	public String getHeadName() {
		return model.getHeadName();
	}

	/**
	 * Returns the head position of this agreement party.
	 *
	 * @return the head position of this agreement party
	 */
	@Override
	public String getHeadPosition() {
		return model.getHeadPosition();
	}

	/**
	 * Returns the inn of this agreement party.
	 *
	 * @return the inn of this agreement party
	 */
	@Override
	public String getInn() {
		return model.getInn();
	}

	/**
	 * Returns the legal form of this agreement party.
	 *
	 * @return the legal form of this agreement party
	 */
	@Override
	public String getLegalForm() {
		return model.getLegalForm();
	}

	/**
	 * Returns the mvcc version of this agreement party.
	 *
	 * @return the mvcc version of this agreement party
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the ogrn of this agreement party.
	 *
	 * @return the ogrn of this agreement party
	 */
	@Override
	public String getOgrn() {
		return model.getOgrn();
	}

	/**
	 * Returns the organization ID of this agreement party.
	 *
	 * @return the organization ID of this agreement party
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * The party, or null when neither id is set.
	 */
	@Override
	public ru.opora.domain.cooperation.PartyRef getPartyRef() {
		return model.getPartyRef();
	}

	/**
	 * Returns the primary key of this agreement party.
	 *
	 * @return the primary key of this agreement party
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priority of this agreement party.
	 *
	 * @return the priority of this agreement party
	 */
	@Override
	public int getPriority() {
		return model.getPriority();
	}

	@Override
	public ru.opora.domain.cooperation.Requisites getRequisites() {
		return model.getRequisites();
	}

	/**
	 * Returns the school ID of this agreement party.
	 *
	 * @return the school ID of this agreement party
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns <code>true</code> if this agreement party is approved.
	 *
	 * @return <code>true</code> if this agreement party is approved; <code>false</code> otherwise
	 */
	@Override
	public boolean isApproved() {
		return model.isApproved();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the address of this agreement party.
	 *
	 * @param address the address of this agreement party
	 */
	@Override
	public void setAddress(String address) {
		model.setAddress(address);
	}

	/**
	 * Sets the agreement ID of this agreement party.
	 *
	 * @param agreementId the agreement ID of this agreement party
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets the agreement party ID of this agreement party.
	 *
	 * @param agreementPartyId the agreement party ID of this agreement party
	 */
	@Override
	public void setAgreementPartyId(long agreementPartyId) {
		model.setAgreementPartyId(agreementPartyId);
	}

	/**
	 * Sets whether this agreement party is approved.
	 *
	 * @param approved the approved of this agreement party
	 */
	@Override
	public void setApproved(boolean approved) {
		model.setApproved(approved);
	}

	/**
	 * Sets the approved date of this agreement party.
	 *
	 * @param approvedDate the approved date of this agreement party
	 */
	@Override
	public void setApprovedDate(Date approvedDate) {
		model.setApprovedDate(approvedDate);
	}

	/**
	 * Sets the approved user ID of this agreement party.
	 *
	 * @param approvedUserId the approved user ID of this agreement party
	 */
	@Override
	public void setApprovedUserId(long approvedUserId) {
		model.setApprovedUserId(approvedUserId);
	}

	/**
	 * Sets the approved user uuid of this agreement party.
	 *
	 * @param approvedUserUuid the approved user uuid of this agreement party
	 */
	@Override
	public void setApprovedUserUuid(String approvedUserUuid) {
		model.setApprovedUserUuid(approvedUserUuid);
	}

	/**
	 * Sets the authority basis of this agreement party.
	 *
	 * @param authorityBasis the authority basis of this agreement party
	 */
	@Override
	public void setAuthorityBasis(String authorityBasis) {
		model.setAuthorityBasis(authorityBasis);
	}

	/**
	 * Sets the company ID of this agreement party.
	 *
	 * @param companyId the company ID of this agreement party
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this agreement party.
	 *
	 * @param createDate the create date of this agreement party
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the full name of this agreement party.
	 *
	 * @param fullName the full name of this agreement party
	 */
	@Override
	public void setFullName(String fullName) {
		model.setFullName(fullName);
	}

	/**
	 * Sets the group ID of this agreement party.
	 *
	 * @param groupId the group ID of this agreement party
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the head name of this agreement party.
	 *
	 * @param headName the head name of this agreement party
	 */
	@Override
	public void setHeadName(String headName) {
		model.setHeadName(headName);
	}

	/**
	 * Sets the head position of this agreement party.
	 *
	 * @param headPosition the head position of this agreement party
	 */
	@Override
	public void setHeadPosition(String headPosition) {
		model.setHeadPosition(headPosition);
	}

	/**
	 * Sets the inn of this agreement party.
	 *
	 * @param inn the inn of this agreement party
	 */
	@Override
	public void setInn(String inn) {
		model.setInn(inn);
	}

	/**
	 * Sets the legal form of this agreement party.
	 *
	 * @param legalForm the legal form of this agreement party
	 */
	@Override
	public void setLegalForm(String legalForm) {
		model.setLegalForm(legalForm);
	}

	/**
	 * Sets the mvcc version of this agreement party.
	 *
	 * @param mvccVersion the mvcc version of this agreement party
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the ogrn of this agreement party.
	 *
	 * @param ogrn the ogrn of this agreement party
	 */
	@Override
	public void setOgrn(String ogrn) {
		model.setOgrn(ogrn);
	}

	/**
	 * Sets the organization ID of this agreement party.
	 *
	 * @param organizationId the organization ID of this agreement party
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this agreement party.
	 *
	 * @param primaryKey the primary key of this agreement party
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priority of this agreement party.
	 *
	 * @param priority the priority of this agreement party
	 */
	@Override
	public void setPriority(int priority) {
		model.setPriority(priority);
	}

	/**
	 * Sets the school ID of this agreement party.
	 *
	 * @param schoolId the school ID of this agreement party
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	@Override
	public ru.opora.domain.cooperation.PartyData toPartyData() {
		return model.toPartyData();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AgreementPartyWrapper wrap(AgreementParty agreementParty) {
		return new AgreementPartyWrapper(agreementParty);
	}

}