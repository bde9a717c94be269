/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CourseService}.
 *
 * @author Opora
 * @see CourseService
 * @generated
 */
public class CourseServiceWrapper
	implements CourseService, ServiceWrapper<CourseService> {

	public CourseServiceWrapper() {
		this(null);
	}

	public CourseServiceWrapper(CourseService courseService) {
		_courseService = courseService;
	}

	@Override
	public ru.opora.diagnostics.model.Course addCourse(
			long groupId, String name, String provider, int hours,
			String format, java.util.Date startDate, java.util.Date endDate,
			String competenceCodes, String url)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.addCourse(
			groupId, name, provider, hours, format, startDate, endDate,
			competenceCodes, url);
	}

	@Override
	public ru.opora.diagnostics.model.CourseEnrolment enrol(long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.enrol(courseId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.CourseEnrolment>
			getCourseEnrolments(long groupId, long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.getCourseEnrolments(groupId, courseId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Course> getCourses()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.getCourses();
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.CourseEnrolment>
			getMyEnrolments()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.getMyEnrolments();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseService.getOSGiServiceIdentifier();
	}

	@Override
	public ru.opora.diagnostics.model.Course updateCourse(
			long groupId, long courseId, String name, String provider,
			int hours, String format, java.util.Date startDate,
			java.util.Date endDate, String competenceCodes, String url)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.updateCourse(
			groupId, courseId, name, provider, hours, format, startDate,
			endDate, competenceCodes, url);
	}

	@Override
	public CourseService getWrappedService() {
		return _courseService;
	}

	@Override
	public void setWrappedService(CourseService courseService) {
		_courseService = courseService;
	}

	private CourseService _courseService;

}