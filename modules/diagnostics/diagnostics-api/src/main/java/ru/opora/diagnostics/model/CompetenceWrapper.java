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
 * This class is a wrapper for {@link Competence}.
 * </p>
 *
 * @author Opora
 * @see Competence
 * @generated
 */
public class CompetenceWrapper
	extends BaseModelWrapper<Competence>
	implements Competence, ModelWrapper<Competence> {

	public CompetenceWrapper(Competence competence) {
		super(competence);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("competenceId", getCompetenceId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("version", getVersion());
		attributes.put("code", getCode());
		attributes.put("areaCode", getAreaCode());
		attributes.put("name", getName());
		attributes.put("threshold", getThreshold());
		attributes.put("itemsPerSession", getItemsPerSession());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long competenceId = (Long)attributes.get("competenceId");

		if (competenceId != null) {
			setCompetenceId(competenceId);
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

		String areaCode = (String)attributes.get("areaCode");

		if (areaCode != null) {
			setAreaCode(areaCode);
		}

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		Integer threshold = (Integer)attributes.get("threshold");

		if (threshold != null) {
			setThreshold(threshold);
		}

		Integer itemsPerSession = (Integer)attributes.get("itemsPerSession");

		if (itemsPerSession != null) {
			setItemsPerSession(itemsPerSession);
		}
	}

	@Override
	public Competence cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the area code of this competence.
	 *
	 * @return the area code of this competence
	 */
	@Override
	public String getAreaCode() {
		return model.getAreaCode();
	}

	/**
	 * Returns the code of this competence.
	 *
	 * @return the code of this competence
	 */
	@Override
	public String getCode() {
		return model.getCode();
	}

	/**
	 * Returns the company ID of this competence.
	 *
	 * @return the company ID of this competence
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence ID of this competence.
	 *
	 * @return the competence ID of this competence
	 */
	@Override
	public long getCompetenceId() {
		return model.getCompetenceId();
	}

	/**
	 * Returns the create date of this competence.
	 *
	 * @return the create date of this competence
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the items per session of this competence.
	 *
	 * @return the items per session of this competence
	 */
	@Override
	public int getItemsPerSession() {
		return model.getItemsPerSession();
	}

	/**
	 * Returns the modified date of this competence.
	 *
	 * @return the modified date of this competence
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this competence.
	 *
	 * @return the mvcc version of this competence
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this competence.
	 *
	 * @return the name of this competence
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the primary key of this competence.
	 *
	 * @return the primary key of this competence
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the threshold of this competence.
	 *
	 * @return the threshold of this competence
	 */
	@Override
	public int getThreshold() {
		return model.getThreshold();
	}

	/**
	 * Returns the version of this competence.
	 *
	 * @return the version of this competence
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
	 * Sets the area code of this competence.
	 *
	 * @param areaCode the area code of this competence
	 */
	@Override
	public void setAreaCode(String areaCode) {
		model.setAreaCode(areaCode);
	}

	/**
	 * Sets the code of this competence.
	 *
	 * @param code the code of this competence
	 */
	@Override
	public void setCode(String code) {
		model.setCode(code);
	}

	/**
	 * Sets the company ID of this competence.
	 *
	 * @param companyId the company ID of this competence
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence ID of this competence.
	 *
	 * @param competenceId the competence ID of this competence
	 */
	@Override
	public void setCompetenceId(long competenceId) {
		model.setCompetenceId(competenceId);
	}

	/**
	 * Sets the create date of this competence.
	 *
	 * @param createDate the create date of this competence
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the items per session of this competence.
	 *
	 * @param itemsPerSession the items per session of this competence
	 */
	@Override
	public void setItemsPerSession(int itemsPerSession) {
		model.setItemsPerSession(itemsPerSession);
	}

	/**
	 * Sets the modified date of this competence.
	 *
	 * @param modifiedDate the modified date of this competence
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this competence.
	 *
	 * @param mvccVersion the mvcc version of this competence
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this competence.
	 *
	 * @param name the name of this competence
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the primary key of this competence.
	 *
	 * @param primaryKey the primary key of this competence
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the threshold of this competence.
	 *
	 * @param threshold the threshold of this competence
	 */
	@Override
	public void setThreshold(int threshold) {
		model.setThreshold(threshold);
	}

	/**
	 * Sets the version of this competence.
	 *
	 * @param version the version of this competence
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
	protected CompetenceWrapper wrap(Competence competence) {
		return new CompetenceWrapper(competence);
	}

}