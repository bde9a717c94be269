/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link CompetenceArea}.
 * </p>
 *
 * @author Opora
 * @see CompetenceArea
 * @generated
 */
public class CompetenceAreaWrapper
	extends BaseModelWrapper<CompetenceArea>
	implements CompetenceArea, ModelWrapper<CompetenceArea> {

	public CompetenceAreaWrapper(CompetenceArea competenceArea) {
		super(competenceArea);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("competenceAreaId", getCompetenceAreaId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("version", getVersion());
		attributes.put("code", getCode());
		attributes.put("name", getName());
		attributes.put("kind", getKind());
		attributes.put("subject", getSubject());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long competenceAreaId = (Long)attributes.get("competenceAreaId");

		if (competenceAreaId != null) {
			setCompetenceAreaId(competenceAreaId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Integer version = (Integer)attributes.get("version");

		if (version != null) {
			setVersion(version);
		}

		String code = (String)attributes.get("code");

		if (code != null) {
			setCode(code);
		}

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}
	}

	@Override
	public CompetenceArea cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the code of this competence area.
	 *
	 * @return the code of this competence area
	 */
	@Override
	public String getCode() {
		return model.getCode();
	}

	/**
	 * Returns the company ID of this competence area.
	 *
	 * @return the company ID of this competence area
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence area ID of this competence area.
	 *
	 * @return the competence area ID of this competence area
	 */
	@Override
	public long getCompetenceAreaId() {
		return model.getCompetenceAreaId();
	}

	/**
	 * Returns the create date of this competence area.
	 *
	 * @return the create date of this competence area
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the kind of this competence area.
	 *
	 * @return the kind of this competence area
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the modified date of this competence area.
	 *
	 * @return the modified date of this competence area
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this competence area.
	 *
	 * @return the mvcc version of this competence area
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this competence area.
	 *
	 * @return the name of this competence area
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this competence area.
	 *
	 * @return the primary key of this competence area
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the subject of this competence area.
	 *
	 * @return the subject of this competence area
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * Returns the version of this competence area.
	 *
	 * @return the version of this competence area
	 */
	@Override
	public int getVersion() {
		return model.getVersion();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the code of this competence area.
	 *
	 * @param code the code of this competence area
	 */
	@Override
	public void setCode(String code) {
		model.setCode(code);
	}

	/**
	 * Sets the company ID of this competence area.
	 *
	 * @param companyId the company ID of this competence area
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence area ID of this competence area.
	 *
	 * @param competenceAreaId the competence area ID of this competence area
	 */
	@Override
	public void setCompetenceAreaId(long competenceAreaId) {
		model.setCompetenceAreaId(competenceAreaId);
	}

	/**
	 * Sets the create date of this competence area.
	 *
	 * @param createDate the create date of this competence area
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the kind of this competence area.
	 *
	 * @param kind the kind of this competence area
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the modified date of this competence area.
	 *
	 * @param modifiedDate the modified date of this competence area
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this competence area.
	 *
	 * @param mvccVersion the mvcc version of this competence area
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this competence area.
	 *
	 * @param name the name of this competence area
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this competence area.
	 *
	 * @param primaryKey the primary key of this competence area
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the subject of this competence area.
	 *
	 * @param subject the subject of this competence area
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the version of this competence area.
	 *
	 * @param version the version of this competence area
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
	protected CompetenceAreaWrapper wrap(CompetenceArea competenceArea) {
		return new CompetenceAreaWrapper(competenceArea);
	}

}