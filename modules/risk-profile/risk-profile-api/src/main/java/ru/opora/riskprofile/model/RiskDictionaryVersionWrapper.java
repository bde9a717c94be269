/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link RiskDictionaryVersion}.
 * </p>
 *
 * @author Opora
 * @see RiskDictionaryVersion
 * @generated
 */
public class RiskDictionaryVersionWrapper
	extends BaseModelWrapper<RiskDictionaryVersion>
	implements ModelWrapper<RiskDictionaryVersion>, RiskDictionaryVersion {

	public RiskDictionaryVersionWrapper(
		RiskDictionaryVersion riskDictionaryVersion) {

		super(riskDictionaryVersion);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskDictionaryVersionId", getRiskDictionaryVersionId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("fromYear", getFromYear());
		attributes.put("content", getContent());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskDictionaryVersionId = (Long)attributes.get(
			"riskDictionaryVersionId");

		if (riskDictionaryVersionId != null) {
			setRiskDictionaryVersionId(riskDictionaryVersionId);
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

		Integer fromYear = (Integer)attributes.get("fromYear");

		if (fromYear != null) {
			setFromYear(fromYear);
		}

		String content = (String)attributes.get("content");

		if (content != null) {
			setContent(content);
		}
	}

	@Override
	public RiskDictionaryVersion cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this risk dictionary version.
	 *
	 * @return the company ID of this risk dictionary version
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the content of this risk dictionary version.
	 *
	 * @return the content of this risk dictionary version
	 */
	@Override
	public String getContent() {
		return model.getContent();
	}

	/**
	 * Returns the create date of this risk dictionary version.
	 *
	 * @return the create date of this risk dictionary version
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the from year of this risk dictionary version.
	 *
	 * @return the from year of this risk dictionary version
	 */
	@Override
	public int getFromYear() {
		return model.getFromYear();
	}

	/**
	 * Returns the mvcc version of this risk dictionary version.
	 *
	 * @return the mvcc version of this risk dictionary version
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk dictionary version.
	 *
	 * @return the primary key of this risk dictionary version
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk dictionary version ID of this risk dictionary version.
	 *
	 * @return the risk dictionary version ID of this risk dictionary version
	 */
	@Override
	public long getRiskDictionaryVersionId() {
		return model.getRiskDictionaryVersionId();
	}

	/**
	 * Returns the user ID of this risk dictionary version.
	 *
	 * @return the user ID of this risk dictionary version
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this risk dictionary version.
	 *
	 * @return the user name of this risk dictionary version
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this risk dictionary version.
	 *
	 * @return the user uuid of this risk dictionary version
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
	 * Sets the company ID of this risk dictionary version.
	 *
	 * @param companyId the company ID of this risk dictionary version
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the content of this risk dictionary version.
	 *
	 * @param content the content of this risk dictionary version
	 */
	@Override
	public void setContent(String content) {
		model.setContent(content);
	}

	/**
	 * Sets the create date of this risk dictionary version.
	 *
	 * @param createDate the create date of this risk dictionary version
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the from year of this risk dictionary version.
	 *
	 * @param fromYear the from year of this risk dictionary version
	 */
	@Override
	public void setFromYear(int fromYear) {
		model.setFromYear(fromYear);
	}

	/**
	 * Sets the mvcc version of this risk dictionary version.
	 *
	 * @param mvccVersion the mvcc version of this risk dictionary version
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk dictionary version.
	 *
	 * @param primaryKey the primary key of this risk dictionary version
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk dictionary version ID of this risk dictionary version.
	 *
	 * @param riskDictionaryVersionId the risk dictionary version ID of this risk dictionary version
	 */
	@Override
	public void setRiskDictionaryVersionId(long riskDictionaryVersionId) {
		model.setRiskDictionaryVersionId(riskDictionaryVersionId);
	}

	/**
	 * Sets the user ID of this risk dictionary version.
	 *
	 * @param userId the user ID of this risk dictionary version
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this risk dictionary version.
	 *
	 * @param userName the user name of this risk dictionary version
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this risk dictionary version.
	 *
	 * @param userUuid the user uuid of this risk dictionary version
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
	protected RiskDictionaryVersionWrapper wrap(
		RiskDictionaryVersion riskDictionaryVersion) {

		return new RiskDictionaryVersionWrapper(riskDictionaryVersion);
	}

}