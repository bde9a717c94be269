/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link DiagnosticSessionService}.
 *
 * @author Opora
 * @see DiagnosticSessionService
 * @generated
 */
public class DiagnosticSessionServiceWrapper
	implements DiagnosticSessionService,
			   ServiceWrapper<DiagnosticSessionService> {

	public DiagnosticSessionServiceWrapper() {
		this(null);
	}

	public DiagnosticSessionServiceWrapper(
		DiagnosticSessionService diagnosticSessionService) {

		_diagnosticSessionService = diagnosticSessionService;
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
			getGroupSessions(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionService.getGroupSessions(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _diagnosticSessionService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticSession>
			getSchoolSessions(long groupId, long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionService.getSchoolSessions(groupId, schoolId);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticSession openSession(
			long groupId, String name, long schoolId, String subject,
			java.util.Date startDate, java.util.Date endDate, int timeLimit,
			long[] teacherUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticSessionService.openSession(
			groupId, name, schoolId, subject, startDate, endDate, timeLimit,
			teacherUserIds);
	}

	@Override
	public DiagnosticSessionService getWrappedService() {
		return _diagnosticSessionService;
	}

	@Override
	public void setWrappedService(
		DiagnosticSessionService diagnosticSessionService) {

		_diagnosticSessionService = diagnosticSessionService;
	}

	private DiagnosticSessionService _diagnosticSessionService;

}