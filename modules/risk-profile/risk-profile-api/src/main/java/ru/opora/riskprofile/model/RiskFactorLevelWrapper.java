/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link RiskFactorLevel}.
 * </p>
 *
 * @author Opora
 * @see RiskFactorLevel
 * @generated
 */
public class RiskFactorLevelWrapper
	extends BaseModelWrapper<RiskFactorLevel>
	implements ModelWrapper<RiskFactorLevel>, RiskFactorLevel {

	public RiskFactorLevelWrapper(RiskFactorLevel riskFactorLevel) {
		super(riskFactorLevel);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskFactorLevelId", getRiskFactorLevelId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("riskProfileId", getRiskProfileId());
		attributes.put("factorCode", getFactorCode());
		attributes.put("computedState", getComputedState());
		attributes.put("level", getLevel());
		attributes.put("indicatorValues", getIndicatorValues());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskFactorLevelId = (Long)attributes.get("riskFactorLevelId");

		if (riskFactorLevelId != null) {
			setRiskFactorLevelId(riskFactorLevelId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long riskProfileId = (Long)attributes.get("riskProfileId");

		if (riskProfileId != null) {
			setRiskProfileId(riskProfileId);
		}

		String factorCode = (String)attributes.get("factorCode");

		if (factorCode != null) {
			setFactorCode(factorCode);
		}

		String computedState = (String)attributes.get("computedState");

		if (computedState != null) {
			setComputedState(computedState);
		}

		String level = (String)attributes.get("level");

		if (level != null) {
			setLevel(level);
		}

		String indicatorValues = (String)attributes.get("indicatorValues");

		if (indicatorValues != null) {
			setIndicatorValues(indicatorValues);
		}
	}

	@Override
	public RiskFactorLevel cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this risk factor level.
	 *
	 * @return the company ID of this risk factor level
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the computed state of this risk factor level.
	 *
	 * @return the computed state of this risk factor level
	 */
	@Override
	public String getComputedState() {
		return model.getComputedState();
	}

	/**
	 * Returns the factor code of this risk factor level.
	 *
	 * @return the factor code of this risk factor level
	 */
	@Override
	public String getFactorCode() {
		return model.getFactorCode();
	}

	/**
	 * Returns the group ID of this risk factor level.
	 *
	 * @return the group ID of this risk factor level
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the indicator values of this risk factor level.
	 *
	 * @return the indicator values of this risk factor level
	 */
	@Override
	public String getIndicatorValues() {
		return model.getIndicatorValues();
	}

	/**
	 * Returns the level of this risk factor level.
	 *
	 * @return the level of this risk factor level
	 */
	@Override
	public String getLevel() {
		return model.getLevel();
	}

	/**
	 * Returns the mvcc version of this risk factor level.
	 *
	 * @return the mvcc version of this risk factor level
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk factor level.
	 *
	 * @return the primary key of this risk factor level
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk factor level ID of this risk factor level.
	 *
	 * @return the risk factor level ID of this risk factor level
	 */
	@Override
	public long getRiskFactorLevelId() {
		return model.getRiskFactorLevelId();
	}

	/**
	 * Returns the risk profile ID of this risk factor level.
	 *
	 * @return the risk profile ID of this risk factor level
	 */
	@Override
	public long getRiskProfileId() {
		return model.getRiskProfileId();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this risk factor level.
	 *
	 * @param companyId the company ID of this risk factor level
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the computed state of this risk factor level.
	 *
	 * @param computedState the computed state of this risk factor level
	 */
	@Override
	public void setComputedState(String computedState) {
		model.setComputedState(computedState);
	}

	/**
	 * Sets the factor code of this risk factor level.
	 *
	 * @param factorCode the factor code of this risk factor level
	 */
	@Override
	public void setFactorCode(String factorCode) {
		model.setFactorCode(factorCode);
	}

	/**
	 * Sets the group ID of this risk factor level.
	 *
	 * @param groupId the group ID of this risk factor level
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the indicator values of this risk factor level.
	 *
	 * @param indicatorValues the indicator values of this risk factor level
	 */
	@Override
	public void setIndicatorValues(String indicatorValues) {
		model.setIndicatorValues(indicatorValues);
	}

	/**
	 * Sets the level of this risk factor level.
	 *
	 * @param level the level of this risk factor level
	 */
	@Override
	public void setLevel(String level) {
		model.setLevel(level);
	}

	/**
	 * Sets the mvcc version of this risk factor level.
	 *
	 * @param mvccVersion the mvcc version of this risk factor level
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk factor level.
	 *
	 * @param primaryKey the primary key of this risk factor level
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk factor level ID of this risk factor level.
	 *
	 * @param riskFactorLevelId the risk factor level ID of this risk factor level
	 */
	@Override
	public void setRiskFactorLevelId(long riskFactorLevelId) {
		model.setRiskFactorLevelId(riskFactorLevelId);
	}

	/**
	 * Sets the risk profile ID of this risk factor level.
	 *
	 * @param riskProfileId the risk profile ID of this risk factor level
	 */
	@Override
	public void setRiskProfileId(long riskProfileId) {
		model.setRiskProfileId(riskProfileId);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected RiskFactorLevelWrapper wrap(RiskFactorLevel riskFactorLevel) {
		return new RiskFactorLevelWrapper(riskFactorLevel);
	}

}