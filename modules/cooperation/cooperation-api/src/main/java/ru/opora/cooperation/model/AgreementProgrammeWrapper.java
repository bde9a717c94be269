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
 * This class is a wrapper for {@link AgreementProgramme}.
 * </p>
 *
 * @author Opora
 * @see AgreementProgramme
 * @generated
 */
public class AgreementProgrammeWrapper
	extends BaseModelWrapper<AgreementProgramme>
	implements AgreementProgramme, ModelWrapper<AgreementProgramme> {

	public AgreementProgrammeWrapper(AgreementProgramme agreementProgramme) {
		super(agreementProgramme);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("agreementProgrammeId", getAgreementProgrammeId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("agreementId", getAgreementId());
		attributes.put("priority", getPriority());
		attributes.put("name", getName());
		attributes.put("kind", getKind());
		attributes.put("hours", getHours());
		attributes.put("grades", getGrades());
		attributes.put("pupils", getPupils());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long agreementProgrammeId = (Long)attributes.get(
			"agreementProgrammeId");

		if (agreementProgrammeId != null) {
			setAgreementProgrammeId(agreementProgrammeId);
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

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		Integer hours = (Integer)attributes.get("hours");

		if (hours != null) {
			setHours(hours);
		}

		String grades = (String)attributes.get("grades");

		if (grades != null) {
			setGrades(grades);
		}

		Integer pupils = (Integer)attributes.get("pupils");

		if (pupils != null) {
			setPupils(pupils);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}
	}

	@Override
	public AgreementProgramme cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreement ID of this agreement programme.
	 *
	 * @return the agreement ID of this agreement programme
	 */
	@Override
	public long getAgreementId() {
		return model.getAgreementId();
	}

	/**
	 * Returns the agreement programme ID of this agreement programme.
	 *
	 * @return the agreement programme ID of this agreement programme
	 */
	@Override
	public long getAgreementProgrammeId() {
		return model.getAgreementProgrammeId();
	}

	/**
	 * Returns the company ID of this agreement programme.
	 *
	 * @return the company ID of this agreement programme
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this agreement programme.
	 *
	 * @return the create date of this agreement programme
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the end date of this agreement programme.
	 *
	 * @return the end date of this agreement programme
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
	 * Returns the grades of this agreement programme.
	 *
	 * @return the grades of this agreement programme
	 */
	@Override
	public String getGrades() {
		return model.getGrades();
	}

	/**
	 * Returns the group ID of this agreement programme.
	 *
	 * @return the group ID of this agreement programme
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the hours of this agreement programme.
	 *
	 * @return the hours of this agreement programme
	 */
	@Override
	public int getHours() {
		return model.getHours();
	}

	/**
	 * Returns the kind of this agreement programme.
	 *
	 * @return the kind of this agreement programme
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the mvcc version of this agreement programme.
	 *
	 * @return the mvcc version of this agreement programme
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this agreement programme.
	 *
	 * @return the name of this agreement programme
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this agreement programme.
	 *
	 * @return the primary key of this agreement programme
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the priority of this agreement programme.
	 *
	 * @return the priority of this agreement programme
	 */
	@Override
	public int getPriority() {
		return model.getPriority();
	}

	/**
	 * The kind, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.cooperation.ProgrammeKind getProgrammeKind() {
		return model.getProgrammeKind();
	}

	/**
	 * Returns the pupils of this agreement programme.
	 *
	 * @return the pupils of this agreement programme
	 */
	@Override
	public int getPupils() {
		return model.getPupils();
	}

	/**
	 * Returns the start date of this agreement programme.
	 *
	 * @return the start date of this agreement programme
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	@Override
	public java.time.LocalDate getStartLocalDate() {
		return model.getStartLocalDate();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the agreement ID of this agreement programme.
	 *
	 * @param agreementId the agreement ID of this agreement programme
	 */
	@Override
	public void setAgreementId(long agreementId) {
		model.setAgreementId(agreementId);
	}

	/**
	 * Sets the agreement programme ID of this agreement programme.
	 *
	 * @param agreementProgrammeId the agreement programme ID of this agreement programme
	 */
	@Override
	public void setAgreementProgrammeId(long agreementProgrammeId) {
		model.setAgreementProgrammeId(agreementProgrammeId);
	}

	/**
	 * Sets the company ID of this agreement programme.
	 *
	 * @param companyId the company ID of this agreement programme
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this agreement programme.
	 *
	 * @param createDate the create date of this agreement programme
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the end date of this agreement programme.
	 *
	 * @param endDate the end date of this agreement programme
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the grades of this agreement programme.
	 *
	 * @param grades the grades of this agreement programme
	 */
	@Override
	public void setGrades(String grades) {
		model.setGrades(grades);
	}

	/**
	 * Sets the group ID of this agreement programme.
	 *
	 * @param groupId the group ID of this agreement programme
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the hours of this agreement programme.
	 *
	 * @param hours the hours of this agreement programme
	 */
	@Override
	public void setHours(int hours) {
		model.setHours(hours);
	}

	/**
	 * Sets the kind of this agreement programme.
	 *
	 * @param kind the kind of this agreement programme
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the mvcc version of this agreement programme.
	 *
	 * @param mvccVersion the mvcc version of this agreement programme
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this agreement programme.
	 *
	 * @param name the name of this agreement programme
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this agreement programme.
	 *
	 * @param primaryKey the primary key of this agreement programme
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the priority of this agreement programme.
	 *
	 * @param priority the priority of this agreement programme
	 */
	@Override
	public void setPriority(int priority) {
		model.setPriority(priority);
	}

	/**
	 * Sets the pupils of this agreement programme.
	 *
	 * @param pupils the pupils of this agreement programme
	 */
	@Override
	public void setPupils(int pupils) {
		model.setPupils(pupils);
	}

	/**
	 * Sets the start date of this agreement programme.
	 *
	 * @param startDate the start date of this agreement programme
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AgreementProgrammeWrapper wrap(
		AgreementProgramme agreementProgramme) {

		return new AgreementProgrammeWrapper(agreementProgramme);
	}

}