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
 * This class is a wrapper for {@link SupportEvent}.
 * </p>
 *
 * @author Opora
 * @see SupportEvent
 * @generated
 */
public class SupportEventWrapper
	extends BaseModelWrapper<SupportEvent>
	implements ModelWrapper<SupportEvent>, SupportEvent {

	public SupportEventWrapper(SupportEvent supportEvent) {
		super(supportEvent);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("supportEventId", getSupportEventId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("mentorAssignmentId", getMentorAssignmentId());
		attributes.put("eventType", getEventType());
		attributes.put("title", getTitle());
		attributes.put("plannedDate", getPlannedDate());
		attributes.put("participants", getParticipants());
		attributes.put("expectedResult", getExpectedResult());
		attributes.put("status", getStatus());
		attributes.put("reportDate", getReportDate());
		attributes.put("reportUserId", getReportUserId());
		attributes.put("outcome", getOutcome());
		attributes.put("reportFolderId", getReportFolderId());
		attributes.put("materialFileEntryIds", getMaterialFileEntryIds());
		attributes.put("overdueNotifiedDate", getOverdueNotifiedDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long supportEventId = (Long)attributes.get("supportEventId");

		if (supportEventId != null) {
			setSupportEventId(supportEventId);
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

		Long mentorAssignmentId = (Long)attributes.get("mentorAssignmentId");

		if (mentorAssignmentId != null) {
			setMentorAssignmentId(mentorAssignmentId);
		}

		String eventType = (String)attributes.get("eventType");

		if (eventType != null) {
			setEventType(eventType);
		}

		String title = (String)attributes.get("title");

		if (title != null) {
			setTitle(title);
		}

		Date plannedDate = (Date)attributes.get("plannedDate");

		if (plannedDate != null) {
			setPlannedDate(plannedDate);
		}

		String participants = (String)attributes.get("participants");

		if (participants != null) {
			setParticipants(participants);
		}

		String expectedResult = (String)attributes.get("expectedResult");

		if (expectedResult != null) {
			setExpectedResult(expectedResult);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date reportDate = (Date)attributes.get("reportDate");

		if (reportDate != null) {
			setReportDate(reportDate);
		}

		Long reportUserId = (Long)attributes.get("reportUserId");

		if (reportUserId != null) {
			setReportUserId(reportUserId);
		}

		String outcome = (String)attributes.get("outcome");

		if (outcome != null) {
			setOutcome(outcome);
		}

		Long reportFolderId = (Long)attributes.get("reportFolderId");

		if (reportFolderId != null) {
			setReportFolderId(reportFolderId);
		}

		String materialFileEntryIds = (String)attributes.get(
			"materialFileEntryIds");

		if (materialFileEntryIds != null) {
			setMaterialFileEntryIds(materialFileEntryIds);
		}

		Date overdueNotifiedDate = (Date)attributes.get("overdueNotifiedDate");

		if (overdueNotifiedDate != null) {
			setOverdueNotifiedDate(overdueNotifiedDate);
		}
	}

	@Override
	public SupportEvent cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this support event.
	 *
	 * @return the company ID of this support event
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this support event.
	 *
	 * @return the create date of this support event
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the event type of this support event.
	 *
	 * @return the event type of this support event
	 */
	@Override
	public String getEventType() {
		return model.getEventType();
	}

	/**
	 * Returns the expected result of this support event.
	 *
	 * @return the expected result of this support event
	 */
	@Override
	public String getExpectedResult() {
		return model.getExpectedResult();
	}

	/**
	 * Returns the group ID of this support event.
	 *
	 * @return the group ID of this support event
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * The library materials linked to the event, in their order.
	 */
	@Override
	public java.util.List<Long> getMaterialFileEntryIdList() {
		return model.getMaterialFileEntryIdList();
	}

	/**
	 * Returns the material file entry IDs of this support event.
	 *
	 * @return the material file entry IDs of this support event
	 */
	@Override
	public String getMaterialFileEntryIds() {
		return model.getMaterialFileEntryIds();
	}

	/**
	 * Returns the mentor assignment ID of this support event.
	 *
	 * @return the mentor assignment ID of this support event
	 */
	@Override
	public long getMentorAssignmentId() {
		return model.getMentorAssignmentId();
	}

	/**
	 * Returns the modified date of this support event.
	 *
	 * @return the modified date of this support event
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this support event.
	 *
	 * @return the mvcc version of this support event
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the outcome of this support event.
	 *
	 * @return the outcome of this support event
	 */
	@Override
	public String getOutcome() {
		return model.getOutcome();
	}

	/**
	 * Returns the overdue notified date of this support event.
	 *
	 * @return the overdue notified date of this support event
	 */
	@Override
	public Date getOverdueNotifiedDate() {
		return model.getOverdueNotifiedDate();
	}

	/**
	 * Returns the participants of this support event.
	 *
	 * @return the participants of this support event
	 */
	@Override
	public String getParticipants() {
		return model.getParticipants();
	}

	/**
	 * Returns the planned date of this support event.
	 *
	 * @return the planned date of this support event
	 */
	@Override
	public Date getPlannedDate() {
		return model.getPlannedDate();
	}

	@Override
	public java.time.LocalDate getPlannedLocalDate() {
		return model.getPlannedLocalDate();
	}

	/**
	 * Returns the primary key of this support event.
	 *
	 * @return the primary key of this support event
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the report date of this support event.
	 *
	 * @return the report date of this support event
	 */
	@Override
	public Date getReportDate() {
		return model.getReportDate();
	}

	/**
	 * Returns the report folder ID of this support event.
	 *
	 * @return the report folder ID of this support event
	 */
	@Override
	public long getReportFolderId() {
		return model.getReportFolderId();
	}

	@Override
	public java.time.LocalDate getReportLocalDate() {
		return model.getReportLocalDate();
	}

	/**
	 * Returns the report user ID of this support event.
	 *
	 * @return the report user ID of this support event
	 */
	@Override
	public long getReportUserId() {
		return model.getReportUserId();
	}

	/**
	 * Returns the report user uuid of this support event.
	 *
	 * @return the report user uuid of this support event
	 */
	@Override
	public String getReportUserUuid() {
		return model.getReportUserUuid();
	}

	/**
	 * Returns the status of this support event.
	 *
	 * @return the status of this support event
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the support event ID of this support event.
	 *
	 * @return the support event ID of this support event
	 */
	@Override
	public long getSupportEventId() {
		return model.getSupportEventId();
	}

	/**
	 * The status, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.mentoring.assignment.SupportEventStatus
		getSupportEventStatus() {

		return model.getSupportEventStatus();
	}

	/**
	 * The type, or null for an unknown stored code.
	 */
	@Override
	public ru.opora.domain.mentoring.assignment.SupportEventType
		getSupportEventType() {

		return model.getSupportEventType();
	}

	/**
	 * Returns the title of this support event.
	 *
	 * @return the title of this support event
	 */
	@Override
	public String getTitle() {
		return model.getTitle();
	}

	/**
	 * Returns the user ID of this support event.
	 *
	 * @return the user ID of this support event
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this support event.
	 *
	 * @return the user name of this support event
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this support event.
	 *
	 * @return the user uuid of this support event
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Planned, unreported and more than graceDays days past its date.
	 */
	@Override
	public boolean isOverdue(java.time.LocalDate today, int graceDays) {
		return model.isOverdue(today, graceDays);
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this support event.
	 *
	 * @param companyId the company ID of this support event
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this support event.
	 *
	 * @param createDate the create date of this support event
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the event type of this support event.
	 *
	 * @param eventType the event type of this support event
	 */
	@Override
	public void setEventType(String eventType) {
		model.setEventType(eventType);
	}

	/**
	 * Sets the expected result of this support event.
	 *
	 * @param expectedResult the expected result of this support event
	 */
	@Override
	public void setExpectedResult(String expectedResult) {
		model.setExpectedResult(expectedResult);
	}

	/**
	 * Sets the group ID of this support event.
	 *
	 * @param groupId the group ID of this support event
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the material file entry IDs of this support event.
	 *
	 * @param materialFileEntryIds the material file entry IDs of this support event
	 */
	@Override
	public void setMaterialFileEntryIds(String materialFileEntryIds) {
		model.setMaterialFileEntryIds(materialFileEntryIds);
	}

	/**
	 * Sets the mentor assignment ID of this support event.
	 *
	 * @param mentorAssignmentId the mentor assignment ID of this support event
	 */
	@Override
	public void setMentorAssignmentId(long mentorAssignmentId) {
		model.setMentorAssignmentId(mentorAssignmentId);
	}

	/**
	 * Sets the modified date of this support event.
	 *
	 * @param modifiedDate the modified date of this support event
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this support event.
	 *
	 * @param mvccVersion the mvcc version of this support event
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the outcome of this support event.
	 *
	 * @param outcome the outcome of this support event
	 */
	@Override
	public void setOutcome(String outcome) {
		model.setOutcome(outcome);
	}

	/**
	 * Sets the overdue notified date of this support event.
	 *
	 * @param overdueNotifiedDate the overdue notified date of this support event
	 */
	@Override
	public void setOverdueNotifiedDate(Date overdueNotifiedDate) {
		model.setOverdueNotifiedDate(overdueNotifiedDate);
	}

	/**
	 * Sets the participants of this support event.
	 *
	 * @param participants the participants of this support event
	 */
	@Override
	public void setParticipants(String participants) {
		model.setParticipants(participants);
	}

	/**
	 * Sets the planned date of this support event.
	 *
	 * @param plannedDate the planned date of this support event
	 */
	@Override
	public void setPlannedDate(Date plannedDate) {
		model.setPlannedDate(plannedDate);
	}

	/**
	 * Sets the primary key of this support event.
	 *
	 * @param primaryKey the primary key of this support event
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the report date of this support event.
	 *
	 * @param reportDate the report date of this support event
	 */
	@Override
	public void setReportDate(Date reportDate) {
		model.setReportDate(reportDate);
	}

	/**
	 * Sets the report folder ID of this support event.
	 *
	 * @param reportFolderId the report folder ID of this support event
	 */
	@Override
	public void setReportFolderId(long reportFolderId) {
		model.setReportFolderId(reportFolderId);
	}

	/**
	 * Sets the report user ID of this support event.
	 *
	 * @param reportUserId the report user ID of this support event
	 */
	@Override
	public void setReportUserId(long reportUserId) {
		model.setReportUserId(reportUserId);
	}

	/**
	 * Sets the report user uuid of this support event.
	 *
	 * @param reportUserUuid the report user uuid of this support event
	 */
	@Override
	public void setReportUserUuid(String reportUserUuid) {
		model.setReportUserUuid(reportUserUuid);
	}

	/**
	 * Sets the status of this support event.
	 *
	 * @param status the status of this support event
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the support event ID of this support event.
	 *
	 * @param supportEventId the support event ID of this support event
	 */
	@Override
	public void setSupportEventId(long supportEventId) {
		model.setSupportEventId(supportEventId);
	}

	/**
	 * Sets the title of this support event.
	 *
	 * @param title the title of this support event
	 */
	@Override
	public void setTitle(String title) {
		model.setTitle(title);
	}

	/**
	 * Sets the user ID of this support event.
	 *
	 * @param userId the user ID of this support event
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this support event.
	 *
	 * @param userName the user name of this support event
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this support event.
	 *
	 * @param userUuid the user uuid of this support event
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public ru.opora.domain.mentoring.assignment.SupportEventData
		toSupportEventData() {

		return model.toSupportEventData();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SupportEventWrapper wrap(SupportEvent supportEvent) {
		return new SupportEventWrapper(supportEvent);
	}

}