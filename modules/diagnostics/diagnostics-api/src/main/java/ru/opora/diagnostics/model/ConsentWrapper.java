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
 * This class is a wrapper for {@link Consent}.
 * </p>
 *
 * @author Opora
 * @see Consent
 * @generated
 */
public class ConsentWrapper
	extends BaseModelWrapper<Consent>
	implements Consent, ModelWrapper<Consent> {

	public ConsentWrapper(Consent consent) {
		super(consent);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("consentId", getConsentId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("consentVersion", getConsentVersion());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long consentId = (Long)attributes.get("consentId");

		if (consentId != null) {
			setConsentId(consentId);
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

		String consentVersion = (String)attributes.get("consentVersion");

		if (consentVersion != null) {
			setConsentVersion(consentVersion);
		}
	}

	@Override
	public Consent cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this consent.
	 *
	 * @return the company ID of this consent
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the consent ID of this consent.
	 *
	 * @return the consent ID of this consent
	 */
	@Override
	public long getConsentId() {
		return model.getConsentId();
	}

	/**
	 * Returns the consent version of this consent.
	 *
	 * @return the consent version of this consent
	 */
	@Override
	public String getConsentVersion() {
		return model.getConsentVersion();
	}

	/**
	 * Returns the create date of this consent.
	 *
	 * @return the create date of this consent
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the mvcc version of this consent.
	 *
	 * @return the mvcc version of this consent
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this consent.
	 *
	 * @return the primary key of this consent
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this consent.
	 *
	 * @return the user ID of this consent
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this consent.
	 *
	 * @return the user name of this consent
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this consent.
	 *
	 * @return the user uuid of this consent
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this consent.
	 *
	 * @param companyId the company ID of this consent
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the consent ID of this consent.
	 *
	 * @param consentId the consent ID of this consent
	 */
	@Override
	public void setConsentId(long consentId) {
		model.setConsentId(consentId);
	}

	/**
	 * Sets the consent version of this consent.
	 *
	 * @param consentVersion the consent version of this consent
	 */
	@Override
	public void setConsentVersion(String consentVersion) {
		model.setConsentVersion(consentVersion);
	}

	/**
	 * Sets the create date of this consent.
	 *
	 * @param createDate the create date of this consent
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the mvcc version of this consent.
	 *
	 * @param mvccVersion the mvcc version of this consent
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this consent.
	 *
	 * @param primaryKey the primary key of this consent
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this consent.
	 *
	 * @param userId the user ID of this consent
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this consent.
	 *
	 * @param userName the user name of this consent
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this consent.
	 *
	 * @param userUuid the user uuid of this consent
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ConsentWrapper wrap(Consent consent) {
		return new ConsentWrapper(consent);
	}

}