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
 * This class is a wrapper for {@link MentorAssignment}.
 * </p>
 *
 * @author Opora
 * @see MentorAssignment
 * @generated
 */
public class MentorAssignmentWrapper
	extends BaseModelWrapper<MentorAssignment>
	implements MentorAssignment, ModelWrapper<MentorAssignment> {

	public MentorAssignmentWrapper(MentorAssignment mentorAssignment) {
		super(mentorAssignment);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("mentorAssignmentId", getMentorAssignmentId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("kind", getKind());
		attributes.put("supportedSchoolId", getSupportedSchoolId());
		attributes.put("mentorSchoolId", getMentorSchoolId());
		attributes.put("curatorUserId", getCuratorUserId());
		attributes.put("teacherMentorUserId", getTeacherMentorUserId());
		attributes.put("menteeUserId", getMenteeUserId());
		attributes.put("startDate", getStartDate());
		attributes.put("endDate", getEndDate());
		attributes.put("orderNumber", getOrderNumber());
		attributes.put("orderDate", getOrderDate());
		attributes.put("orderFileEntryId", getOrderFileEntryId());
		attributes.put("status", getStatus());
		attributes.put("statusReason", getStatusReason());
		attributes.put("explanation", getExplanation());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long mentorAssignmentId = (Long)attributes.get("mentorAssignmentId");

		if (mentorAssignmentId != null) {
			setMentorAssignmentId(mentorAssignmentId);
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

		String kind = (String)attributes.get("kind");

		if (kind != null) {
			setKind(kind);
		}

		Long supportedSchoolId = (Long)attributes.get("supportedSchoolId");

		if (supportedSchoolId != null) {
			setSupportedSchoolId(supportedSchoolId);
		}

		Long mentorSchoolId = (Long)attributes.get("mentorSchoolId");

		if (mentorSchoolId != null) {
			setMentorSchoolId(mentorSchoolId);
		}

		Long curatorUserId = (Long)attributes.get("curatorUserId");

		if (curatorUserId != null) {
			setCuratorUserId(curatorUserId);
		}

		Long teacherMentorUserId = (Long)attributes.get("teacherMentorUserId");

		if (teacherMentorUserId != null) {
			setTeacherMentorUserId(teacherMentorUserId);
		}

		Long menteeUserId = (Long)attributes.get("menteeUserId");

		if (menteeUserId != null) {
			setMenteeUserId(menteeUserId);
		}

		Date startDate = (Date)attributes.get("startDate");

		if (startDate != null) {
			setStartDate(startDate);
		}

		Date endDate = (Date)attributes.get("endDate");

		if (endDate != null) {
			setEndDate(endDate);
		}

		String orderNumber = (String)attributes.get("orderNumber");

		if (orderNumber != null) {
			setOrderNumber(orderNumber);
		}

		Date orderDate = (Date)attributes.get("orderDate");

		if (orderDate != null) {
			setOrderDate(orderDate);
		}

		Long orderFileEntryId = (Long)attributes.get("orderFileEntryId");

		if (orderFileEntryId != null) {
			setOrderFileEntryId(orderFileEntryId);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		String statusReason = (String)attributes.get("statusReason");

		if (statusReason != null) {
			setStatusReason(statusReason);
		}

		String explanation = (String)attributes.get("explanation");

		if (explanation != null) {
			setExplanation(explanation);
		}
	}

	@Override
	public MentorAssignment cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * The kind, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.mentoring.assignment.AssignmentKind
		getAssignmentKind() {

		return model.getAssignmentKind();
	}

	/**
	 * The status, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.mentoring.assignment.AssignmentStatus
		getAssignmentStatus() {

		return model.getAssignmentStatus();
	}

	/**
	 * Returns the company ID of this mentor assignment.
	 *
	 * @return the company ID of this mentor assignment
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this mentor assignment.
	 *
	 * @return the create date of this mentor assignment
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the curator user ID of this mentor assignment.
	 *
	 * @return the curator user ID of this mentor assignment
	 */
	@Override
	public long getCuratorUserId() {
		return model.getCuratorUserId();
	}

	/**
	 * Returns the curator user uuid of this mentor assignment.
	 *
	 * @return the curator user uuid of this mentor assignment
	 */
	@Override
	public String getCuratorUserUuid() {
		return model.getCuratorUserUuid();
	}

	/**
	 * Returns the end date of this mentor assignment.
	 *
	 * @return the end date of this mentor assignment
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
	 * Returns the explanation of this mentor assignment.
	 *
	 * @return the explanation of this mentor assignment
	 */
	@Override
	public String getExplanation() {
		return model.getExplanation();
	}

	/**
	 * Why this mentor: the cost components of the suggestion, if any.
	 */
	@Override
	public java.util.List<ru.opora.domain.mentoring.CostComponent>
		getExplanationComponents() {

		return model.getExplanationComponents();
	}

	/**
	 * Returns the group ID of this mentor assignment.
	 *
	 * @return the group ID of this mentor assignment
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the kind of this mentor assignment.
	 *
	 * @return the kind of this mentor assignment
	 */
	@Override
	public String getKind() {
		return model.getKind();
	}

	/**
	 * Returns the mentee user ID of this mentor assignment.
	 *
	 * @return the mentee user ID of this mentor assignment
	 */
	@Override
	public long getMenteeUserId() {
		return model.getMenteeUserId();
	}

	/**
	 * Returns the mentee user uuid of this mentor assignment.
	 *
	 * @return the mentee user uuid of this mentor assignment
	 */
	@Override
	public String getMenteeUserUuid() {
		return model.getMenteeUserUuid();
	}

	/**
	 * Returns the mentor assignment ID of this mentor assignment.
	 *
	 * @return the mentor assignment ID of this mentor assignment
	 */
	@Override
	public long getMentorAssignmentId() {
		return model.getMentorAssignmentId();
	}

	/**
	 * Returns the mentor school ID of this mentor assignment.
	 *
	 * @return the mentor school ID of this mentor assignment
	 */
	@Override
	public long getMentorSchoolId() {
		return model.getMentorSchoolId();
	}

	/**
	 * Returns the modified date of this mentor assignment.
	 *
	 * @return the modified date of this mentor assignment
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this mentor assignment.
	 *
	 * @return the mvcc version of this mentor assignment
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the order date of this mentor assignment.
	 *
	 * @return the order date of this mentor assignment
	 */
	@Override
	public Date getOrderDate() {
		return model.getOrderDate();
	}

	/**
	 * Returns the order file entry ID of this mentor assignment.
	 *
	 * @return the order file entry ID of this mentor assignment
	 */
	@Override
	public long getOrderFileEntryId() {
		return model.getOrderFileEntryId();
	}

	@Override
	public java.time.LocalDate getOrderLocalDate() {
		return model.getOrderLocalDate();
	}

	/**
	 * Returns the order number of this mentor assignment.
	 *
	 * @return the order number of this mentor assignment
	 */
	@Override
	public String getOrderNumber() {
		return model.getOrderNumber();
	}

	/**
	 * The period, or null without a valid start.
	 */
	@Override
	public ru.opora.domain.mentoring.assignment.Period getPeriod() {
		return model.getPeriod();
	}

	/**
	 * Returns the primary key of this mentor assignment.
	 *
	 * @return the primary key of this mentor assignment
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the start date of this mentor assignment.
	 *
	 * @return the start date of this mentor assignment
	 */
	@Override
	public Date getStartDate() {
		return model.getStartDate();
	}

	@Override
	public java.time.LocalDate getStartLocalDate() {
		return model.getStartLocalDate();
	}

	/**
	 * Returns the status of this mentor assignment.
	 *
	 * @return the status of this mentor assignment
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status reason of this mentor assignment.
	 *
	 * @return the status reason of this mentor assignment
	 */
	@Override
	public String getStatusReason() {
		return model.getStatusReason();
	}

	/**
	 * Returns the supported school ID of this mentor assignment.
	 *
	 * @return the supported school ID of this mentor assignment
	 */
	@Override
	public long getSupportedSchoolId() {
		return model.getSupportedSchoolId();
	}

	/**
	 * Returns the teacher mentor user ID of this mentor assignment.
	 *
	 * @return the teacher mentor user ID of this mentor assignment
	 */
	@Override
	public long getTeacherMentorUserId() {
		return model.getTeacherMentorUserId();
	}

	/**
	 * Returns the teacher mentor user uuid of this mentor assignment.
	 *
	 * @return the teacher mentor user uuid of this mentor assignment
	 */
	@Override
	public String getTeacherMentorUserUuid() {
		return model.getTeacherMentorUserUuid();
	}

	/**
	 * Returns the user ID of this mentor assignment.
	 *
	 * @return the user ID of this mentor assignment
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this mentor assignment.
	 *
	 * @return the user name of this mentor assignment
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this mentor assignment.
	 *
	 * @return the user uuid of this mentor assignment
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * True while proposed or active.
	 */
	@Override
	public boolean isOpen() {
		return model.isOpen();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this mentor assignment.
	 *
	 * @param companyId the company ID of this mentor assignment
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this mentor assignment.
	 *
	 * @param createDate the create date of this mentor assignment
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the curator user ID of this mentor assignment.
	 *
	 * @param curatorUserId the curator user ID of this mentor assignment
	 */
	@Override
	public void setCuratorUserId(long curatorUserId) {
		model.setCuratorUserId(curatorUserId);
	}

	/**
	 * Sets the curator user uuid of this mentor assignment.
	 *
	 * @param curatorUserUuid the curator user uuid of this mentor assignment
	 */
	@Override
	public void setCuratorUserUuid(String curatorUserUuid) {
		model.setCuratorUserUuid(curatorUserUuid);
	}

	/**
	 * Sets the end date of this mentor assignment.
	 *
	 * @param endDate the end date of this mentor assignment
	 */
	@Override
	public void setEndDate(Date endDate) {
		model.setEndDate(endDate);
	}

	/**
	 * Sets the explanation of this mentor assignment.
	 *
	 * @param explanation the explanation of this mentor assignment
	 */
	@Override
	public void setExplanation(String explanation) {
		model.setExplanation(explanation);
	}

	/**
	 * Sets the group ID of this mentor assignment.
	 *
	 * @param groupId the group ID of this mentor assignment
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the kind of this mentor assignment.
	 *
	 * @param kind the kind of this mentor assignment
	 */
	@Override
	public void setKind(String kind) {
		model.setKind(kind);
	}

	/**
	 * Sets the mentee user ID of this mentor assignment.
	 *
	 * @param menteeUserId the mentee user ID of this mentor assignment
	 */
	@Override
	public void setMenteeUserId(long menteeUserId) {
		model.setMenteeUserId(menteeUserId);
	}

	/**
	 * Sets the mentee user uuid of this mentor assignment.
	 *
	 * @param menteeUserUuid the mentee user uuid of this mentor assignment
	 */
	@Override
	public void setMenteeUserUuid(String menteeUserUuid) {
		model.setMenteeUserUuid(menteeUserUuid);
	}

	/**
	 * Sets the mentor assignment ID of this mentor assignment.
	 *
	 * @param mentorAssignmentId the mentor assignment ID of this mentor assignment
	 */
	@Override
	public void setMentorAssignmentId(long mentorAssignmentId) {
		model.setMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Sets the mentor school ID of this mentor assignment.
	 *
	 * @param mentorSchoolId the mentor school ID of this mentor assignment
	 */
	@Override
	public void setMentorSchoolId(long mentorSchoolId) {
		model.setMentorSchoolId(mentorSchoolId);
	}

	/**
	 * Sets the modified date of this mentor assignment.
	 *
	 * @param modifiedDate the modified date of this mentor assignment
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this mentor assignment.
	 *
	 * @param mvccVersion the mvcc version of this mentor assignment
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the order date of this mentor assignment.
	 *
	 * @param orderDate the order date of this mentor assignment
	 */
	@Override
	public void setOrderDate(Date orderDate) {
		model.setOrderDate(orderDate);
	}

	/**
	 * Sets the order file entry ID of this mentor assignment.
	 *
	 * @param orderFileEntryId the order file entry ID of this mentor assignment
	 */
	@Override
	public void setOrderFileEntryId(long orderFileEntryId) {
		model.setOrderFileEntryId(orderFileEntryId);
	}

	/**
	 * Sets the order number of this mentor assignment.
	 *
	 * @param orderNumber the order number of this mentor assignment
	 */
	@Override
	public void setOrderNumber(String orderNumber) {
		model.setOrderNumber(orderNumber);
	}

	/**
	 * Sets the primary key of this mentor assignment.
	 *
	 * @param primaryKey the primary key of this mentor assignment
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the start date of this mentor assignment.
	 *
	 * @param startDate the start date of this mentor assignment
	 */
	@Override
	public void setStartDate(Date startDate) {
		model.setStartDate(startDate);
	}

	/**
	 * Sets the status of this mentor assignment.
	 *
	 * @param status the status of this mentor assignment
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status reason of this mentor assignment.
	 *
	 * @param statusReason the status reason of this mentor assignment
	 */
	@Override
	public void setStatusReason(String statusReason) {
		model.setStatusReason(statusReason);
	}

	/**
	 * Sets the supported school ID of this mentor assignment.
	 *
	 * @param supportedSchoolId the supported school ID of this mentor assignment
	 */
	@Override
	public void setSupportedSchoolId(long supportedSchoolId) {
		model.setSupportedSchoolId(supportedSchoolId);
	}

	/**
	 * Sets the teacher mentor user ID of this mentor assignment.
	 *
	 * @param teacherMentorUserId the teacher mentor user ID of this mentor assignment
	 */
	@Override
	public void setTeacherMentorUserId(long teacherMentorUserId) {
		model.setTeacherMentorUserId(teacherMentorUserId);
	}

	/**
	 * Sets the teacher mentor user uuid of this mentor assignment.
	 *
	 * @param teacherMentorUserUuid the teacher mentor user uuid of this mentor assignment
	 */
	@Override
	public void setTeacherMentorUserUuid(String teacherMentorUserUuid) {
		model.setTeacherMentorUserUuid(teacherMentorUserUuid);
	}

	/**
	 * Sets the user ID of this mentor assignment.
	 *
	 * @param userId the user ID of this mentor assignment
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this mentor assignment.
	 *
	 * @param userName the user name of this mentor assignment
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this mentor assignment.
	 *
	 * @param userUuid the user uuid of this mentor assignment
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public ru.opora.domain.mentoring.assignment.AssignmentData
		toAssignmentData() {

		return model.toAssignmentData();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected MentorAssignmentWrapper wrap(MentorAssignment mentorAssignment) {
		return new MentorAssignmentWrapper(mentorAssignment);
	}

}