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
 * This class is a wrapper for {@link RiskDocumentSnapshot}.
 * </p>
 *
 * @author Opora
 * @see RiskDocumentSnapshot
 * @generated
 */
public class RiskDocumentSnapshotWrapper
	extends BaseModelWrapper<RiskDocumentSnapshot>
	implements ModelWrapper<RiskDocumentSnapshot>, RiskDocumentSnapshot {

	public RiskDocumentSnapshotWrapper(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		super(riskDocumentSnapshot);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskDocumentSnapshotId", getRiskDocumentSnapshotId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("riskDocumentId", getRiskDocumentId());
		attributes.put("round", getRound());
		attributes.put("content", getContent());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskDocumentSnapshotId = (Long)attributes.get(
			"riskDocumentSnapshotId");

		if (riskDocumentSnapshotId != null) {
			setRiskDocumentSnapshotId(riskDocumentSnapshotId);
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

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long riskDocumentId = (Long)attributes.get("riskDocumentId");

		if (riskDocumentId != null) {
			setRiskDocumentId(riskDocumentId);
		}

		Integer round = (Integer)attributes.get("round");

		if (round != null) {
			setRound(round);
		}

		String content = (String)attributes.get("content");

		if (content != null) {
			setContent(content);
		}
	}

	@Override
	public RiskDocumentSnapshot cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this risk document snapshot.
	 *
	 * @return the company ID of this risk document snapshot
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the content of this risk document snapshot.
	 *
	 * @return the content of this risk document snapshot
	 */
	@Override
	public String getContent() {
		return model.getContent();
	}

	/**
	 * Returns the create date of this risk document snapshot.
	 *
	 * @return the create date of this risk document snapshot
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this risk document snapshot.
	 *
	 * @return the group ID of this risk document snapshot
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this risk document snapshot.
	 *
	 * @return the mvcc version of this risk document snapshot
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this risk document snapshot.
	 *
	 * @return the primary key of this risk document snapshot
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the risk document ID of this risk document snapshot.
	 *
	 * @return the risk document ID of this risk document snapshot
	 */
	@Override
	public long getRiskDocumentId() {
		return model.getRiskDocumentId();
	}

	/**
	 * Returns the risk document snapshot ID of this risk document snapshot.
	 *
	 * @return the risk document snapshot ID of this risk document snapshot
	 */
	@Override
	public long getRiskDocumentSnapshotId() {
		return model.getRiskDocumentSnapshotId();
	}

	/**
	 * Returns the round of this risk document snapshot.
	 *
	 * @return the round of this risk document snapshot
	 */
	@Override
	public int getRound() {
		return model.getRound();
	}

	/**
	 * Returns the user ID of this risk document snapshot.
	 *
	 * @return the user ID of this risk document snapshot
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this risk document snapshot.
	 *
	 * @return the user uuid of this risk document snapshot
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
	 * Sets the company ID of this risk document snapshot.
	 *
	 * @param companyId the company ID of this risk document snapshot
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the content of this risk document snapshot.
	 *
	 * @param content the content of this risk document snapshot
	 */
	@Override
	public void setContent(String content) {
		model.setContent(content);
	}

	/**
	 * Sets the create date of this risk document snapshot.
	 *
	 * @param createDate the create date of this risk document snapshot
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this risk document snapshot.
	 *
	 * @param groupId the group ID of this risk document snapshot
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this risk document snapshot.
	 *
	 * @param mvccVersion the mvcc version of this risk document snapshot
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this risk document snapshot.
	 *
	 * @param primaryKey the primary key of this risk document snapshot
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the risk document ID of this risk document snapshot.
	 *
	 * @param riskDocumentId the risk document ID of this risk document snapshot
	 */
	@Override
	public void setRiskDocumentId(long riskDocumentId) {
		model.setRiskDocumentId(riskDocumentId);
	}

	/**
	 * Sets the risk document snapshot ID of this risk document snapshot.
	 *
	 * @param riskDocumentSnapshotId the risk document snapshot ID of this risk document snapshot
	 */
	@Override
	public void setRiskDocumentSnapshotId(long riskDocumentSnapshotId) {
		model.setRiskDocumentSnapshotId(riskDocumentSnapshotId);
	}

	/**
	 * Sets the round of this risk document snapshot.
	 *
	 * @param round the round of this risk document snapshot
	 */
	@Override
	public void setRound(int round) {
		model.setRound(round);
	}

	/**
	 * Sets the user ID of this risk document snapshot.
	 *
	 * @param userId the user ID of this risk document snapshot
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this risk document snapshot.
	 *
	 * @param userUuid the user uuid of this risk document snapshot
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
	protected RiskDocumentSnapshotWrapper wrap(
		RiskDocumentSnapshot riskDocumentSnapshot) {

		return new RiskDocumentSnapshotWrapper(riskDocumentSnapshot);
	}

}