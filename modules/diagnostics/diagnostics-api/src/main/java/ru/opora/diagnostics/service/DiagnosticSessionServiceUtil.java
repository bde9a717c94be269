/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.diagnostics.model.DiagnosticSession;

/**
 * Provides the remote service utility for DiagnosticSession. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.DiagnosticSessionServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see DiagnosticSessionService
 * @generated
 */
public class DiagnosticSessionServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.DiagnosticSessionServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<DiagnosticSession> getGroupSessions(long groupId)
		throws PortalException {

		return getService().getGroupSessions(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<DiagnosticSession> getSchoolSessions(
			long groupId, long schoolId)
		throws PortalException {

		return getService().getSchoolSessions(groupId, schoolId);
	}

	public static DiagnosticSession openSession(
			long groupId, String name, long schoolId, String subject,
			java.util.Date startDate, java.util.Date endDate, int timeLimit,
			long[] teacherUserIds)
		throws PortalException {

		return getService().openSession(
			groupId, name, schoolId, subject, startDate, endDate, timeLimit,
			teacherUserIds);
	}

	public static DiagnosticSessionService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<DiagnosticSessionService> _serviceSnapshot =
		new Snapshot<>(
			DiagnosticSessionServiceUtil.class, DiagnosticSessionService.class);

}