/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.service.base.MentorAssignmentHistoryLocalServiceBaseImpl;

/**
 * Status changes of assignments; rows are written by the assignment service
 * in the transaction of the change.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.mentoring.model.MentorAssignmentHistory",
	service = AopService.class
)
public class MentorAssignmentHistoryLocalServiceImpl
	extends MentorAssignmentHistoryLocalServiceBaseImpl {

	/** Status changes of the assignment, oldest first. */
	@Override
	public List<MentorAssignmentHistory> getAssignmentHistories(
		long mentorAssignmentId) {

		return mentorAssignmentHistoryPersistence.findByMentorAssignmentId(
			mentorAssignmentId);
	}

}
