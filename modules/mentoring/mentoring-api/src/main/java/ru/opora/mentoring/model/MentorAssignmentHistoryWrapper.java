/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link MentorAssignmentHistory}.
 * </p>
 *
 * @author Opora
 * @see MentorAssignmentHistory
 * @generated
 */
public class MentorAssignmentHistoryWrapper
	extends BaseModelWrapper<MentorAssignmentHistory>
	implements MentorAssignmentHistory, ModelWrapper<MentorAssignmentHistory> {

	public MentorAssignmentHistoryWrapper(
		MentorAssignmentHistory mentorAssignmentHistory) {

		super(mentorAssignmentHistory);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put(
			"mentorAssignmentHistoryId", getMentorAssignmentHistoryId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("mentorAssignmentId", getMentorAssignmentId());
		attributes.put("oldStatus", getOldStatus());
		attributes.put("newStatus", getNewStatus());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long mentorAssignmentHistoryId = (Long)attributes.get(
			"mentorAssignmentHistoryId");

		if (mentorAssignmentHistoryId != null) {
			setMentorAssignmentHistoryId(mentorAssignmentHistoryId);
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

		Long mentorAssignmentId = (Long)attributes.get("mentorAssignmentId");

		if (mentorAssignmentId != null) {
			setMentorAssignmentId(mentorAssignmentId);
		}

		String oldStatus = (String)attributes.get("oldStatus");

		if (oldStatus != null) {
			setOldStatus(oldStatus);
		}

		String newStatus = (String)attributes.get("newStatus");

		if (newStatus != null) {
			setNewStatus(newStatus);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public MentorAssignmentHistory cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the comment of this mentor assignment history.
	 *
	 * @return the comment of this mentor assignment history
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this mentor assignment history.
	 *
	 * @return the company ID of this mentor assignment history
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this mentor assignment history.
	 *
	 * @return the create date of this mentor assignment history
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this mentor assignment history.
	 *
	 * @return the group ID of this mentor assignment history
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the mentor assignment history ID of this mentor assignment history.
	 *
	 * @return the mentor assignment history ID of this mentor assignment history
	 */
	@Override
	public long getMentorAssignmentHistoryId() {
		return model.getMentorAssignmentHistoryId();
	}

	/**
	 * Returns the mentor assignment ID of this mentor assignment history.
	 *
	 * @return the mentor assignment ID of this mentor assignment history
	 */
	@Override
	public long getMentorAssignmentId() {
		return model.getMentorAssignmentId();
	}

	/**
	 * Returns the mvcc version of this mentor assignment history.
	 *
	 * @return the mvcc version of this mentor assignment history
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the new status of this mentor assignment history.
	 *
	 * @return the new status of this mentor assignment history
	 */
	@Override
	public String getNewStatus() {
		return model.getNewStatus();
	}

	/**
	 * Returns the old status of this mentor assignment history.
	 *
	 * @return the old status of this mentor assignment history
	 */
	@Override
	public String getOldStatus() {
		return model.getOldStatus();
	}

	/**
	 * Returns the primary key of this mentor assignment history.
	 *
	 * @return the primary key of this mentor assignment history
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this mentor assignment history.
	 *
	 * @return the user ID of this mentor assignment history
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentor assignment history.
	 *
	 * @return the user name of this mentor assignment history
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentor assignment history.
	 *
	 * @return the user uuid of this mentor assignment history
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
	 * Sets the comment of this mentor assignment history.
	 *
	 * @param comment the comment of this mentor assignment history
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this mentor assignment history.
	 *
	 * @param companyId the company ID of this mentor assignment history
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this mentor assignment history.
	 *
	 * @param createDate the create date of this mentor assignment history
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this mentor assignment history.
	 *
	 * @param groupId the group ID of this mentor assignment history
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the mentor assignment history ID of this mentor assignment history.
	 *
	 * @param mentorAssignmentHistoryId the mentor assignment history ID of this mentor assignment history
	 */
	@Override
	public void setMentorAssignmentHistoryId(long mentorAssignmentHistoryId) {
		model.setMentorAssignmentHistoryId(mentorAssignmentHistoryId);
	}

	/**
	 * Sets the mentor assignment ID of this mentor assignment history.
	 *
	 * @param mentorAssignmentId the mentor assignment ID of this mentor assignment history
	 */
	@Override
	public void setMentorAssignmentId(long mentorAssignmentId) {
		model.setMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Sets the mvcc version of this mentor assignment history.
	 *
	 * @param mvccVersion the mvcc version of this mentor assignment history
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the new status of this mentor assignment history.
	 *
	 * @param newStatus the new status of this mentor assignment history
	 */
	@Override
	public void setNewStatus(String newStatus) {
		model.setNewStatus(newStatus);
	}

	/**
	 * Sets the old status of this mentor assignment history.
	 *
	 * @param oldStatus the old status of this mentor assignment history
	 */
	@Override
	public void setOldStatus(String oldStatus) {
		model.setOldStatus(oldStatus);
	}

	/**
	 * Sets the primary key of this mentor assignment history.
	 *
	 * @param primaryKey the primary key of this mentor assignment history
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this mentor assignment history.
	 *
	 * @param userId the user ID of this mentor assignment history
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentor assignment history.
	 *
	 * @param userName the user name of this mentor assignment history
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentor assignment history.
	 *
	 * @param userUuid the user uuid of this mentor assignment history
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
	protected MentorAssignmentHistoryWrapper wrap(
		MentorAssignmentHistory mentorAssignmentHistory) {

		return new MentorAssignmentHistoryWrapper(mentorAssignmentHistory);
	}

}