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
 * This class is a wrapper for {@link CooperationAgreement}.
 * </p>
 *
 * @author Opora
 * @see CooperationAgreement
 * @generated
 */
public class CooperationAgreementWrapper
	extends BaseModelWrapper<CooperationAgreement>
	implements CooperationAgreement, ModelWrapper<CooperationAgreement> {

	public CooperationAgreementWrapper(
		CooperationAgreement cooperationAgreement) {

		super(cooperationAgreement);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementId", getAgreementId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("number", getNumber());
		attributes.put("agreementDate", getAgreementDate());
		attributes.put("kind", getKind());
		attributes.put("subject", getSubject());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("autoProlongation", isAutoProlongation());
		attributes.put("prolongationMonths", getProlongationMonths());
		attributes.put("status", getStatus());
		attributes.put("statusReason", getStatusReason());
		attributes.put("terminationDate", getTerminationDate());
		attributes.put("version", getVersion());
		attributes.put("rootAgreementId", getRootAgreementId());
		attributes.put("previousAgreementId", getPreviousAgreementId());
		attributes.put("coordinatorRequired", isCoordinatorRequired());
		attributes.put("coordinatorApproved", isCoordinatorApproved());
		attributes.put("coordinatorUserId", getCoordinatorUserId());
		attributes.put("folderId", getFolderId());
		attributes.put("signedScanFileEntryId", getSignedScanFileEntryId());
		attributes.put("documentFileEntryId", getDocumentFileEntryId());
		attributes.put("lastAlert", getLastAlert());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementId = (Long)attributes.get("agreementId");

		if (agreementId != null) {
			setAgreementId(agreementId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		String number = (String)attributes.get("number");

		if (number != null) {
			setNumber(number);
		}

		Date agreementDate = (Date)attributes.get("agreementDate");

		if (agreementDate != null) {
			setAgreementDate(agreementDate);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		Boolean autoProlongation = (Boolean)attributes.get("autoProlongation");

		if (autoProlongation != null) {
			setAutoProlongation(autoProlongation);
		}

		Integer prolongationMonths = (Integer)attributes.get(
			"prolongationMonths");

		if (prolongationMonths != null) {
			setProlongationMonths(prolongationMonths);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		String statusReason = (String)attributes.get("statusReason");

		if (statusReason != null) {
			setStatusReason(statusReason);
		}

		Date terminationDate = (Date)attributes.get("terminationDate");

		if (terminationDate != null) {
			setTerminationDate(terminationDate);
		}

		Integer version = (Integer)attributes.get("version");

		if (version != null) {
			setVersion(version);
		}

		Long rootAgreementId = (Long)attributes.get("rootAgreementId");

		if (rootAgreementId != null) {
			setRootAgreementId(rootAgreementId);
		}

		Long previousAgreementId = (Long)attributes.get("previousAgreementId");

		if (previousAgreementId != null) {
			setPreviousAgreementId(previousAgreementId);
		}

		Boolean coordinatorRequired = (Boolean)attributes.get(
			"coordinatorRequired");

		if (coordinatorRequired != null) {
			setCoordinatorRequired(coordinatorRequired);
		}

		Boolean coordinatorApproved = (Boolean)attributes.get(
			"coordinatorApproved");

		if (coordinatorApproved != null) {
			setCoordinatorApproved(coordinatorApproved);
		}

		Long coordinatorUserId = (Long)attributes.get("coordinatorUserId");

		if (coordinatorUserId != null) {
			setCoordinatorUserId(coordinatorUserId);
		}

		Long folderId = (Long)attributes.get("folderId");

		if (folderId != null) {
			setFolderId(folderId);
		}

		Long signedScanFileEntryId = (Long)attributes.get(
			"signedScanFileEntryId");

		if (signedScanFileEntryId != null) {
			setSignedScanFileEntryId(signedScanFileEntryId);
		}

		Long documentFileEntryId = (Long)attributes.get("documentFileEntryId");

		if (documentFileEntryId != null) {
			setDocumentFileEntryId(documentFileEntryId);
		}

		String lastAlert = (String)attributes.get("lastAlert");

		if (lastAlert != null) {
			setLastAlert(lastAlert);
		}
	}

	@Override
	public CooperationAgreement cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreement date of this cooperation agreement.
	 *
	 * @return the agreement date of this cooperation agreement
	 */
	@Override
	public Date getAgreementDate() {
		return model.getAgreementDate();
	}

	/**
	 * Returns the agreement ID of this cooperation agreement.
	 *
	 * @return the agreement ID of this cooperation agreement
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * The kind, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.cooperation.AgreementKind getAgreementKind() {
		return model.getAgreementKind();
	}

	@Override
	public java.time.LocalDate getAgreementLocalDate() {
		return model.getAgreementLocalDate();
	}

	/**
	 * The status; an unknown stored code reads as a draft.
	 */
	@Override
	public ru.opora.domain.cooperation.AgreementStatus getAgreementStatus() {
		return model.getAgreementStatus();
	}

	/**
	 * Returns the auto prolongation of this cooperation agreement.
	 *
	 * @return the auto prolongation of this cooperation agreement
	 */
	@Override
	public boolean getAutoProlongation() {
		return model.getAutoProlongation();
	}

	/**
	 * Returns the company ID of this cooperation agreement.
	 *
	 * @return the company ID of this cooperation agreement
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the coordinator approved of this cooperation agreement.
	 *
	 * @return the coordinator approved of this cooperation agreement
	 */
	@Override
	public boolean getCoordinatorApproved() {
		return model.getCoordinatorApproved();
	}

	/**
	 * Returns the coordinator required of this cooperation agreement.
	 *
	 * @return the coordinator required of this cooperation agreement
	 */
	@Override
	public boolean getCoordinatorRequired() {
		return model.getCoordinatorRequired();
	}

	/**
	 * Returns the coordinator user ID of this cooperation agreement.
	 *
	 * @return the coordinator user ID of this cooperation agreement
	 */
	@Override
	public long getCoordinatorUserId() {
		return model.getCoordinatorUserId();
	}

	/**
	 * Returns the coordinator user uuid of this cooperation agreement.
	 *
	 * @return the coordinator user uuid of this cooperation agreement
	 */
	@Override
	public String getCoordinatorUserUuid() {
		return model.getCoordinatorUserUuid();
	}

	/**
	 * Returns the create date of this cooperation agreement.
	 *
	 * @return the create date of this cooperation agreement
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the document file entry ID of this cooperation agreement.
	 *
	 * @return the document file entry ID of this cooperation agreement
	 */
	@Override
	public long getDocumentFileEntryId() {
		return model.getDocumentFileEntryId();
	}

	/**
	 * Returns the end date of this cooperation agreement.
	 *
	 * @return the end date of this cooperation agreement
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	@Override
	public java.time.LocalDate getEndLocalDate() {
		return model.getEndLocalDate();
	}

	/**
	 * Returns the folder ID of this cooperation agreement.
	 *
	 * @return the folder ID of this cooperation agreement
	 */
	@Override
	public long getFolderId() {
		return model.getFolderId();
	}

	/**
	 * Returns the group ID of this cooperation agreement.
	 *
	 * @return the group ID of this cooperation agreement
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the kind of this cooperation agreement.
	 *
	 * @return the kind of this cooperation agreement
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the last alert of this cooperation agreement.
	 *
	 * @return the last alert of this cooperation agreement
	 */
	@Override
	public String getLastAlert() {
		return model.getLastAlert();
	}

	/**
	 * The last expiry alert sent, or null.
	 */
	@Override
	public ru.opora.domain.cooperation.ExpiryAlert getLastExpiryAlert() {
		return model.getLastExpiryAlert();
	}

	/**
	 * Returns the modified date of this cooperation agreement.
	 *
	 * @return the modified date of this cooperation agreement
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this cooperation agreement.
	 *
	 * @return the mvcc version of this cooperation agreement
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the number of this cooperation agreement.
	 *
	 * @return the number of this cooperation agreement
	 */
	@Override
	public String getNumber() {
		return model.getNumber();
	}

	/**
	 * Returns the previous agreement ID of this cooperation agreement.
	 *
	 * @return the previous agreement ID of this cooperation agreement
	 */
	@Override
	public long getPreviousAgreementId() {
		return model.getPreviousAgreementId();
	}

	/**
	 * Returns the primary key of this cooperation agreement.
	 *
	 * @return the primary key of this cooperation agreement
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the prolongation months of this cooperation agreement.
	 *
	 * @return the prolongation months of this cooperation agreement
	 */
	@Override
	public int getProlongationMonths() {
		return model.getProlongationMonths();
	}

	/**
	 * Returns the root agreement ID of this cooperation agreement.
	 *
	 * @return the root agreement ID of this cooperation agreement
	 */
	@Override
	public long getRootAgreementId() {
		return model.getRootAgreementId();
	}

	/**
	 * Returns the signed scan file entry ID of this cooperation agreement.
	 *
	 * @return the signed scan file entry ID of this cooperation agreement
	 */
	@Override
	public long getSignedScanFileEntryId() {
		return model.getSignedScanFileEntryId();
	}

	/**
	 * Returns the start date of this cooperation agreement.
	 *
	 * @return the start date of this cooperation agreement
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	@Override
	public java.time.LocalDate getStartLocalDate() {
		return model.getStartLocalDate();
	}

	/**
	 * Returns the status of this cooperation agreement.
	 *
	 * @return the status of this cooperation agreement
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status reason of this cooperation agreement.
	 *
	 * @return the status reason of this cooperation agreement
	 */
	@Override
	public String getStatusReason() {
		return model.getStatusReason();
	}

	/**
	 * Returns the subject of this cooperation agreement.
	 *
	 * @return the subject of this cooperation agreement
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * The term, or null without both dates.
	 */
	@Override
	public ru.opora.domain.cooperation.AgreementTerm getTerm() {
		return model.getTerm();
	}

	/**
	 * Returns the termination date of this cooperation agreement.
	 *
	 * @return the termination date of this cooperation agreement
	 */
	@Override
	public Date getTerminationDate() {
		return model.getTerminationDate();
	}

	@Override
	public java.time.LocalDate getTerminationLocalDate() {
		return model.getTerminationLocalDate();
	}

	/**
	 * Returns the user ID of this cooperation agreement.
	 *
	 * @return the user ID of this cooperation agreement
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this cooperation agreement.
	 *
	 * @return the user name of this cooperation agreement
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this cooperation agreement.
	 *
	 * @return the user uuid of this cooperation agreement
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the version of this cooperation agreement.
	 *
	 * @return the version of this cooperation agreement
	 */
	@Override
	public int getVersion() {
		return model.getVersion();
	}

	/**
	 * Returns <code>true</code> if this cooperation agreement is auto prolongation.
	 *
	 * @return <code>true</code> if this cooperation agreement is auto prolongation; <code>false</code> otherwise
	 */
	@Override
	public boolean isAutoProlongation() {
		return model.isAutoProlongation();
	}

	/**
	 * Returns <code>true</code> if this cooperation agreement is coordinator approved.
	 *
	 * @return <code>true</code> if this cooperation agreement is coordinator approved; <code>false</code> otherwise
	 */
	@Override
	public boolean isCoordinatorApproved() {
		return model.isCoordinatorApproved();
	}

	/**
	 * Returns <code>true</code> if this cooperation agreement is coordinator required.
	 *
	 * @return <code>true</code> if this cooperation agreement is coordinator required; <code>false</code> otherwise
	 */
	@Override
	public boolean isCoordinatorRequired() {
		return model.isCoordinatorRequired();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the agreement date of this cooperation agreement.
	 *
	 * @param agreementDate the agreement date of this cooperation agreement
	 */
	@Override
	public void setAgreementDate(Date agreementDate) {
		model.setAgreementDate(agreementDate);
	}

	/**
	 * Sets the agreement ID of this cooperation agreement.
	 *
	 * @param agreementId the agreement ID of this cooperation agreement
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets whether this cooperation agreement is auto prolongation.
	 *
	 * @param autoProlongation the auto prolongation of this cooperation agreement
	 */
	@Override
	public void setAutoProlongation(boolean autoProlongation) {
		model.setAutoProlongation(autoProlongation);
	}

	/**
	 * Sets the company ID of this cooperation agreement.
	 *
	 * @param companyId the company ID of this cooperation agreement
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets whether this cooperation agreement is coordinator approved.
	 *
	 * @param coordinatorApproved the coordinator approved of this cooperation agreement
	 */
	@Override
	public void setCoordinatorApproved(boolean coordinatorApproved) {
		model.setCoordinatorApproved(coordinatorApproved);
	}

	/**
	 * Sets whether this cooperation agreement is coordinator required.
	 *
	 * @param coordinatorRequired the coordinator required of this cooperation agreement
	 */
	@Override
	public void setCoordinatorRequired(boolean coordinatorRequired) {
		model.setCoordinatorRequired(coordinatorRequired);
	}

	/**
	 * Sets the coordinator user ID of this cooperation agreement.
	 *
	 * @param coordinatorUserId the coordinator user ID of this cooperation agreement
	 */
	@Override
	public void setCoordinatorUserId(long coordinatorUserId) {
		model.setCoordinatorUserId(coordinatorUserId);
	}

	/**
	 * Sets the coordinator user uuid of this cooperation agreement.
	 *
	 * @param coordinatorUserUuid the coordinator user uuid of this cooperation agreement
	 */
	@Override
	public void setCoordinatorUserUuid(String coordinatorUserUuid) {
		model.setCoordinatorUserUuid(coordinatorUserUuid);
	}

	/**
	 * Sets the create date of this cooperation agreement.
	 *
	 * @param createDate the create date of this cooperation agreement
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the document file entry ID of this cooperation agreement.
	 *
	 * @param documentFileEntryId the document file entry ID of this cooperation agreement
	 */
	@Override
	public void setDocumentFileEntryId(long documentFileEntryId) {
		model.setDocumentFileEntryId(documentFileEntryId);
	}

	/**
	 * Sets the end date of this cooperation agreement.
	 *
	 * @param endDate the end date of this cooperation agreement
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the folder ID of this cooperation agreement.
	 *
	 * @param folderId the folder ID of this cooperation agreement
	 */
	@Override
	public void setFolderId(long folderId) {
		model.setFolderId(folderId);
	}

	/**
	 * Sets the group ID of this cooperation agreement.
	 *
	 * @param groupId the group ID of this cooperation agreement
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the kind of this cooperation agreement.
	 *
	 * @param kind the kind of this cooperation agreement
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the last alert of this cooperation agreement.
	 *
	 * @param lastAlert the last alert of this cooperation agreement
	 */
	@Override
	public void setLastAlert(String lastAlert) {
		model.setLastAlert(lastAlert);
	}

	/**
	 * Sets the modified date of this cooperation agreement.
	 *
	 * @param modifiedDate the modified date of this cooperation agreement
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this cooperation agreement.
	 *
	 * @param mvccVersion the mvcc version of this cooperation agreement
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the number of this cooperation agreement.
	 *
	 * @param number the number of this cooperation agreement
	 */
	@Override
	public void setNumber(String number) {
		model.setNumber(number);
	}

	/**
	 * Sets the previous agreement ID of this cooperation agreement.
	 *
	 * @param previousAgreementId the previous agreement ID of this cooperation agreement
	 */
	@Override
	public void setPreviousAgreementId(long previousAgreementId) {
		model.setPreviousAgreementId(previousAgreementId);
	}

	/**
	 * Sets the primary key of this cooperation agreement.
	 *
	 * @param primaryKey the primary key of this cooperation agreement
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the prolongation months of this cooperation agreement.
	 *
	 * @param prolongationMonths the prolongation months of this cooperation agreement
	 */
	@Override
	public void setProlongationMonths(int prolongationMonths) {
		model.setProlongationMonths(prolongationMonths);
	}

	/**
	 * Sets the root agreement ID of this cooperation agreement.
	 *
	 * @param rootAgreementId the root agreement ID of this cooperation agreement
	 */
	@Override
	public void setRootAgreementId(long rootAgreementId) {
		model.setRootAgreementId(rootAgreementId);
	}

	/**
	 * Sets the signed scan file entry ID of this cooperation agreement.
	 *
	 * @param signedScanFileEntryId the signed scan file entry ID of this cooperation agreement
	 */
	@Override
	public void setSignedScanFileEntryId(long signedScanFileEntryId) {
		model.setSignedScanFileEntryId(signedScanFileEntryId);
	}

	/**
	 * Sets the start date of this cooperation agreement.
	 *
	 * @param startDate the start date of this cooperation agreement
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this cooperation agreement.
	 *
	 * @param status the status of this cooperation agreement
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status reason of this cooperation agreement.
	 *
	 * @param statusReason the status reason of this cooperation agreement
	 */
	@Override
	public void setStatusReason(String statusReason) {
		model.setStatusReason(statusReason);
	}

	/**
	 * Sets the subject of this cooperation agreement.
	 *
	 * @param subject the subject of this cooperation agreement
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the termination date of this cooperation agreement.
	 *
	 * @param terminationDate the termination date of this cooperation agreement
	 */
	@Override
	public void setTerminationDate(Date terminationDate) {
		model.setTerminationDate(terminationDate);
	}

	/**
	 * Sets the user ID of this cooperation agreement.
	 *
	 * @param userId the user ID of this cooperation agreement
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this cooperation agreement.
	 *
	 * @param userName the user name of this cooperation agreement
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this cooperation agreement.
	 *
	 * @param userUuid the user uuid of this cooperation agreement
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the version of this cooperation agreement.
	 *
	 * @param version the version of this cooperation agreement
	 */
	@Override
	public void setVersion(int version) {
		model.setVersion(version);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected CooperationAgreementWrapper wrap(
		CooperationAgreement cooperationAgreement) {

		return new CooperationAgreementWrapper(cooperationAgreement);
	}

}