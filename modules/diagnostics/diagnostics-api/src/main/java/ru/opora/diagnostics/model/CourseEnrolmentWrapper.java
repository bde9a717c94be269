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
 * This class is a wrapper for {@link CourseEnrolment}.
 * </p>
 *
 * @author Opora
 * @see CourseEnrolment
 * @generated
 */
public class CourseEnrolmentWrapper
	extends BaseModelWrapper<CourseEnrolment>
	implements CourseEnrolment, ModelWrapper<CourseEnrolment> {

	public CourseEnrolmentWrapper(CourseEnrolment courseEnrolment) {
		super(courseEnrolment);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("courseEnrolmentId", getCourseEnrolmentId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("courseId", getCourseId());
		attributes.put("status", getStatus());
		attributes.put("completedDate", getCompletedDate());
		attributes.put("certificateFileEntryId", getCertificateFileEntryId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long courseEnrolmentId = (Long)attributes.get("courseEnrolmentId");

		if (courseEnrolmentId != null) {
			setCourseEnrolmentId(courseEnrolmentId);
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

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Long courseId = (Long)attributes.get("courseId");

		if (courseId != null) {
			setCourseId(courseId);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date completedDate = (Date)attributes.get("completedDate");

		if (completedDate != null) {
			setCompletedDate(completedDate);
		}

		Long certificateFileEntryId = (Long)attributes.get(
			"certificateFileEntryId");

		if (certificateFileEntryId != null) {
			setCertificateFileEntryId(certificateFileEntryId);
		}
	}

	@Override
	public CourseEnrolment cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the certificate file entry ID of this course enrolment.
	 *
	 * @return the certificate file entry ID of this course enrolment
	 */
	@Override
	public long getCertificateFileEntryId() {
		return model.getCertificateFileEntryId();
	}

	/**
	 * Returns the company ID of this course enrolment.
	 *
	 * @return the company ID of this course enrolment
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the completed date of this course enrolment.
	 *
	 * @return the completed date of this course enrolment
	 */
	@Override
	public Date getCompletedDate() {
		return model.getCompletedDate();
	}

	/**
	 * Returns the course enrolment ID of this course enrolment.
	 *
	 * @return the course enrolment ID of this course enrolment
	 */
	@Override
	public long getCourseEnrolmentId() {
		return model.getCourseEnrolmentId();
	}

	/**
	 * Returns the course ID of this course enrolment.
	 *
	 * @return the course ID of this course enrolment
	 */
	@Override
	public long getCourseId() {
		return model.getCourseId();
	}

	/**
	 * Returns the create date of this course enrolment.
	 *
	 * @return the create date of this course enrolment
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the modified date of this course enrolment.
	 *
	 * @return the modified date of this course enrolment
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this course enrolment.
	 *
	 * @return the mvcc version of this course enrolment
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this course enrolment.
	 *
	 * @return the primary key of this course enrolment
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the status of this course enrolment.
	 *
	 * @return the status of this course enrolment
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the user ID of this course enrolment.
	 *
	 * @return the user ID of this course enrolment
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this course enrolment.
	 *
	 * @return the user uuid of this course enrolment
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
	 * Sets the certificate file entry ID of this course enrolment.
	 *
	 * @param certificateFileEntryId the certificate file entry ID of this course enrolment
	 */
	@Override
	public void setCertificateFileEntryId(long certificateFileEntryId) {
		model.setCertificateFileEntryId(certificateFileEntryId);
	}

	/**
	 * Sets the company ID of this course enrolment.
	 *
	 * @param companyId the company ID of this course enrolment
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the completed date of this course enrolment.
	 *
	 * @param completedDate the completed date of this course enrolment
	 */
	@Override
	public void setCompletedDate(Date completedDate) {
		model.setCompletedDate(completedDate);
	}

	/**
	 * Sets the course enrolment ID of this course enrolment.
	 *
	 * @param courseEnrolmentId the course enrolment ID of this course enrolment
	 */
	@Override
	public void setCourseEnrolmentId(long courseEnrolmentId) {
		model.setCourseEnrolmentId(courseEnrolmentId);
	}

	/**
	 * Sets the course ID of this course enrolment.
	 *
	 * @param courseId the course ID of this course enrolment
	 */
	@Override
	public void setCourseId(long courseId) {
		model.setCourseId(courseId);
	}

	/**
	 * Sets the create date of this course enrolment.
	 *
	 * @param createDate the create date of this course enrolment
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the modified date of this course enrolment.
	 *
	 * @param modifiedDate the modified date of this course enrolment
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this course enrolment.
	 *
	 * @param mvccVersion the mvcc version of this course enrolment
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this course enrolment.
	 *
	 * @param primaryKey the primary key of this course enrolment
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the status of this course enrolment.
	 *
	 * @param status the status of this course enrolment
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the user ID of this course enrolment.
	 *
	 * @param userId the user ID of this course enrolment
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this course enrolment.
	 *
	 * @param userUuid the user uuid of this course enrolment
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
	protected CourseEnrolmentWrapper wrap(CourseEnrolment courseEnrolment) {
		return new CourseEnrolmentWrapper(courseEnrolment);
	}

}