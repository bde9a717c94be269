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
 * This class is a wrapper for {@link ResultView}.
 * </p>
 *
 * @author Opora
 * @see ResultView
 * @generated
 */
public class ResultViewWrapper
	extends BaseModelWrapper<ResultView>
	implements ModelWrapper<ResultView>, ResultView {

	public ResultViewWrapper(ResultView resultView) {
		super(resultView);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("resultViewId", getResultViewId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("teacherUserId", getTeacherUserId());
		attributes.put("attemptId", getAttemptId());
		attributes.put("what", getWhat());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long resultViewId = (Long)attributes.get("resultViewId");

		if (resultViewId != null) {
			setResultViewId(resultViewId);
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

		Long teacherUserId = (Long)attributes.get("teacherUserId");

		if (teacherUserId != null) {
			setTeacherUserId(teacherUserId);
		}

		Long attemptId = (Long)attributes.get("attemptId");

		if (attemptId != null) {
			setAttemptId(attemptId);
		}

		String what = (String)attributes.get("what");

		if (what != null) {
			setWhat(what);
		}
	}

	@Override
	public ResultView cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the attempt ID of this result view.
	 *
	 * @return the attempt ID of this result view
	 */
	@Override
	public long getAttemptId() {
		return model.getAttemptId();
	}

	/**
	 * Returns the company ID of this result view.
	 *
	 * @return the company ID of this result view
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this result view.
	 *
	 * @return the create date of this result view
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this result view.
	 *
	 * @return the group ID of this result view
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mvcc version of this result view.
	 *
	 * @return the mvcc version of this result view
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this result view.
	 *
	 * @return the primary key of this result view
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the result view ID of this result view.
	 *
	 * @return the result view ID of this result view
	 */
	@Override
	public long getResultViewId() {
		return model.getResultViewId();
	}

	/**
	 * Returns the teacher user ID of this result view.
	 *
	 * @return the teacher user ID of this result view
	 */
	@Override
	public long getTeacherUserId() {
		return model.getTeacherUserId();
	}

	/**
	 * Returns the teacher user uuid of this result view.
	 *
	 * @return the teacher user uuid of this result view
	 */
	@Override
	public String getTeacherUserUuid() {
		return model.getTeacherUserUuid();
	}

	/**
	 * Returns the user ID of this result view.
	 *
	 * @return the user ID of this result view
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this result view.
	 *
	 * @return the user name of this result view
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this result view.
	 *
	 * @return the user uuid of this result view
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the what of this result view.
	 *
	 * @return the what of this result view
	 */
	@Override
	public String getWhat() {
		return model.getWhat();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the attempt ID of this result view.
	 *
	 * @param attemptId the attempt ID of this result view
	 */
	@Override
	public void setAttemptId(long attemptId) {
		model.setAttemptId(attemptId);
	}

	/**
	 * Sets the company ID of this result view.
	 *
	 * @param companyId the company ID of this result view
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this result view.
	 *
	 * @param createDate the create date of this result view
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this result view.
	 *
	 * @param groupId the group ID of this result view
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mvcc version of this result view.
	 *
	 * @param mvccVersion the mvcc version of this result view
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this result view.
	 *
	 * @param primaryKey the primary key of this result view
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the result view ID of this result view.
	 *
	 * @param resultViewId the result view ID of this result view
	 */
	@Override
	public void setResultViewId(long resultViewId) {
		model.setResultViewId(resultViewId);
	}

	/**
	 * Sets the teacher user ID of this result view.
	 *
	 * @param teacherUserId the teacher user ID of this result view
	 */
	@Override
	public void setTeacherUserId(long teacherUserId) {
		model.setTeacherUserId(teacherUserId);
	}

	/**
	 * Sets the teacher user uuid of this result view.
	 *
	 * @param teacherUserUuid the teacher user uuid of this result view
	 */
	@Override
	public void setTeacherUserUuid(String teacherUserUuid) {
		model.setTeacherUserUuid(teacherUserUuid);
	}

	/**
	 * Sets the user ID of this result view.
	 *
	 * @param userId the user ID of this result view
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this result view.
	 *
	 * @param userName the user name of this result view
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this result view.
	 *
	 * @param userUuid the user uuid of this result view
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the what of this result view.
	 *
	 * @param what the what of this result view
	 */
	@Override
	public void setWhat(String what) {
		model.setWhat(what);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ResultViewWrapper wrap(ResultView resultView) {
		return new ResultViewWrapper(resultView);
	}

}