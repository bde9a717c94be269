/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.diagnostics.model.Course;

/**
 * Provides the remote service utility for Course. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.CourseServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see CourseService
 * @generated
 */
public class CourseServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.CourseServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Course addCourse(
			long groupId, String name, String provider, int hours,
			String format, java.util.Date startDate, java.util.Date endDate,
			String competenceCodes, String url)
		throws PortalException {

		return getService().addCourse(
			groupId, name, provider, hours, format, startDate, endDate,
			competenceCodes, url);
	}

	public static ru.opora.diagnostics.model.CourseEnrolment enrol(
			long courseId)
		throws PortalException {

		return getService().enrol(courseId);
	}

	public static List<ru.opora.diagnostics.model.CourseEnrolment>
			getCourseEnrolments(long groupId, long courseId)
		throws PortalException {

		return getService().getCourseEnrolments(groupId, courseId);
	}

	public static List<Course> getCourses() throws PortalException {
		return getService().getCourses();
	}

	public static List<ru.opora.diagnostics.model.CourseEnrolment>
			getMyEnrolments()
		throws PortalException {

		return getService().getMyEnrolments();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static Course updateCourse(
			long groupId, long courseId, String name, String provider,
			int hours, String format, java.util.Date startDate,
			java.util.Date endDate, String competenceCodes, String url)
		throws PortalException {

		return getService().updateCourse(
			groupId, courseId, name, provider, hours, format, startDate,
			endDate, competenceCodes, url);
	}

	public static CourseService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<CourseService> _serviceSnapshot =
		new Snapshot<>(CourseServiceUtil.class, CourseService.class);

}