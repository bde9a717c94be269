/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.MentorAssignmentHistory;
import ru.opora.mentoring.service.base.MentorAssignmentHistoryServiceBaseImpl;

/**
 * Permission-checked history: whoever may view an assignment sees its status
 * changes.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=opora",
		"json.web.service.context.path=MentorAssignmentHistory"
	},
	service = AopService.class
)
public class MentorAssignmentHistoryServiceImpl
	extends MentorAssignmentHistoryServiceBaseImpl {

	@Override
	public List<MentorAssignmentHistory> getAssignmentHistories(
			long mentorAssignmentId)
		throws PortalException {

		_mentorAssignmentModelResourcePermission.check(
			getPermissionChecker(), mentorAssignmentId, ActionKeys.VIEW);

		return mentorAssignmentHistoryLocalService.getAssignmentHistories(
			mentorAssignmentId);
	}

	@Reference(
		target = "(model.class.name=ru.opora.mentoring.model.MentorAssignment)"
	)
	private ModelResourcePermission<MentorAssignment>
		_mentorAssignmentModelResourcePermission;

}
