/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link MentorAssignmentHistoryService}.
 *
 * @author Opora
 * @see MentorAssignmentHistoryService
 * @generated
 */
public class MentorAssignmentHistoryServiceWrapper
	implements MentorAssignmentHistoryService,
			   ServiceWrapper<MentorAssignmentHistoryService> {

	public MentorAssignmentHistoryServiceWrapper() {
		this(null);
	}

	public MentorAssignmentHistoryServiceWrapper(
		MentorAssignmentHistoryService mentorAssignmentHistoryService) {

		_mentorAssignmentHistoryService = mentorAssignmentHistoryService;
	}

	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignmentHistory>
			getAssignmentHistories(long mentorAssignmentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryService.getAssignmentHistories(
			mentorAssignmentId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorAssignmentHistoryService.getOSGiServiceIdentifier();
	}

	@Override
	public MentorAssignmentHistoryService getWrappedService() {
		return _mentorAssignmentHistoryService;
	}

	@Override
	public void setWrappedService(
		MentorAssignmentHistoryService mentorAssignmentHistoryService) {

		_mentorAssignmentHistoryService = mentorAssignmentHistoryService;
	}

	private MentorAssignmentHistoryService _mentorAssignmentHistoryService;

}