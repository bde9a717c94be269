/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.mentoring.model.MentorAssignmentHistory;

/**
 * Provides the remote service utility for MentorAssignmentHistory. This utility wraps
 * <code>ru.opora.mentoring.service.impl.MentorAssignmentHistoryServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see MentorAssignmentHistoryService
 * @generated
 */
public class MentorAssignmentHistoryServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.mentoring.service.impl.MentorAssignmentHistoryServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<MentorAssignmentHistory> getAssignmentHistories(
			long mentorAssignmentId)
		throws PortalException {

		return getService().getAssignmentHistories(mentorAssignmentId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static MentorAssignmentHistoryService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<MentorAssignmentHistoryService>
		_serviceSnapshot = new Snapshot<>(
			MentorAssignmentHistoryServiceUtil.class,
			MentorAssignmentHistoryService.class);

}