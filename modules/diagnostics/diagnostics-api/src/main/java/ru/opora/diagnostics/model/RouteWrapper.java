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
 * This class is a wrapper for {@link Route}.
 * </p>
 *
 * @author Opora
 * @see Route
 * @generated
 */
public class RouteWrapper
	extends BaseModelWrapper<Route> implements ModelWrapper<Route>, Route {

	public RouteWrapper(Route route) {
		super(route);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("routeId", getRouteId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("attemptId", getAttemptId());
		attributes.put("schoolId", getSchoolId());
		attributes.put("status", getStatus());
		attributes.put("endDate", getEndDate());
		attributes.put("agreedByUserId", getAgreedByUserId());
		attributes.put("agreedDate", getAgreedDate());
		attributes.put("folderId", getFolderId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long routeId = (Long)attributes.get("routeId");

		if (routeId != null) {
			setRouteId(routeId);
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

		Long attemptId = (Long)attributes.get("attemptId");

		if (attemptId != null) {
			setAttemptId(attemptId);
		}

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		Long agreedByUserId = (Long)attributes.get("agreedByUserId");

		if (agreedByUserId != null) {
			setAgreedByUserId(agreedByUserId);
		}

		Date agreedDate = (Date)attributes.get("agreedDate");

		if (agreedDate != null) {
			setAgreedDate(agreedDate);
		}

		Long folderId = (Long)attributes.get("folderId");

		if (folderId != null) {
			setFolderId(folderId);
		}
	}

	@Override
	public Route cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the agreed by user ID of this route.
	 *
	 * @return the agreed by user ID of this route
	 */
	@Override
	public long getAgreedByUserId() {
		return model.getAgreedByUserId();
	}

	/**
	 * Returns the agreed by user uuid of this route.
	 *
	 * @return the agreed by user uuid of this route
	 */
	@Override
	public String getAgreedByUserUuid() {
		return model.getAgreedByUserUuid();
	}

	/**
	 * Returns the agreed date of this route.
	 *
	 * @return the agreed date of this route
	 */
	@Override
	public Date getAgreedDate() {
		return model.getAgreedDate();
	}

	/**
	 * Returns the attempt ID of this route.
	 *
	 * @return the attempt ID of this route
	 */
	@Override
	public long getAttemptId() {
		return model.getAttemptId();
	}

	/**
	 * Returns the company ID of this route.
	 *
	 * @return the company ID of this route
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this route.
	 *
	 * @return the create date of this route
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the end date of this route.
	 *
	 * @return the end date of this route
	 */
	@Override
	public Date getEndDate() {
		return model.getEndDate();
	}

	/**
	 * Returns the folder ID of this route.
	 *
	 * @return the folder ID of this route
	 */
	@Override
	public long getFolderId() {
		return model.getFolderId();
	}

	/**
	 * Returns the group ID of this route.
	 *
	 * @return the group ID of this route
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this route.
	 *
	 * @return the modified date of this route
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this route.
	 *
	 * @return the mvcc version of this route
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this route.
	 *
	 * @return the primary key of this route
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the route ID of this route.
	 *
	 * @return the route ID of this route
	 */
	@Override
	public long getRouteId() {
		return model.getRouteId();
	}

	/**
	 * Returns the school ID of this route.
	 *
	 * @return the school ID of this route
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the status of this route.
	 *
	 * @return the status of this route
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the user ID of this route.
	 *
	 * @return the user ID of this route
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this route.
	 *
	 * @return the user name of this route
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this route.
	 *
	 * @return the user uuid of this route
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
	 * Sets the agreed by user ID of this route.
	 *
	 * @param agreedByUserId the agreed by user ID of this route
	 */
	@Override
	public void setAgreedByUserId(long agreedByUserId) {
		model.setAgreedByUserId(agreedByUserId);
	}

	/**
	 * Sets the agreed by user uuid of this route.
	 *
	 * @param agreedByUserUuid the agreed by user uuid of this route
	 */
	@Override
	public void setAgreedByUserUuid(String agreedByUserUuid) {
		model.setAgreedByUserUuid(agreedByUserUuid);
	}

	/**
	 * Sets the agreed date of this route.
	 *
	 * @param agreedDate the agreed date of this route
	 */
	@Override
	public void setAgreedDate(Date agreedDate) {
		model.setAgreedDate(agreedDate);
	}

	/**
	 * Sets the attempt ID of this route.
	 *
	 * @param attemptId the attempt ID of this route
	 */
	@Override
	public void setAttemptId(long attemptId) {
		model.setAttemptId(attemptId);
	}

	/**
	 * Sets the company ID of this route.
	 *
	 * @param companyId the company ID of this route
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this route.
	 *
	 * @param createDate the create date of this route
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the end date of this route.
	 *
	 * @param endDate the end date of this route
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the folder ID of this route.
	 *
	 * @param folderId the folder ID of this route
	 */
	@Override
	public void setFolderId(long folderId) {
		model.setFolderId(folderId);
	}

	/**
	 * Sets the group ID of this route.
	 *
	 * @param groupId the group ID of this route
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this route.
	 *
	 * @param modifiedDate the modified date of this route
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this route.
	 *
	 * @param mvccVersion the mvcc version of this route
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this route.
	 *
	 * @param primaryKey the primary key of this route
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the route ID of this route.
	 *
	 * @param routeId the route ID of this route
	 */
	@Override
	public void setRouteId(long routeId) {
		model.setRouteId(routeId);
	}

	/**
	 * Sets the school ID of this route.
	 *
	 * @param schoolId the school ID of this route
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the status of this route.
	 *
	 * @param status the status of this route
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the user ID of this route.
	 *
	 * @param userId the user ID of this route
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this route.
	 *
	 * @param userName the user name of this route
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this route.
	 *
	 * @param userUuid the user uuid of this route
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
	protected RouteWrapper wrap(Route route) {
		return new RouteWrapper(route);
	}

}