package ru.opora.mentoring.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;

import java.util.Set;

import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.model.MentorAssignment;

/**
 * The curator (or mentor teacher) of an assignment may view it, update its
 * support plan, add events and report them; the mentee may view it. Anything
 * else falls through to the resource permissions (coordinators' roles).
 *
 * @author Opora
 */
public class MentorAssignmentPartyPermissionLogic
	implements ModelResourcePermissionLogic<MentorAssignment> {

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name,
		MentorAssignment mentorAssignment, String actionId) {

		long userId = permissionChecker.getUserId();

		if (userId <= 0) {
			return null;
		}

		if (((mentorAssignment.getCuratorUserId() == userId) ||
			 (mentorAssignment.getTeacherMentorUserId() == userId)) &&
			_MENTOR_ACTION_IDS.contains(actionId)) {

			return true;
		}

		if ((mentorAssignment.getMenteeUserId() == userId) &&
			ActionKeys.VIEW.equals(actionId)) {

			return true;
		}

		return null;
	}

	private static final Set<String> _MENTOR_ACTION_IDS = Set.of(
		ActionKeys.UPDATE, ActionKeys.VIEW, MentoringActionKeys.ADD_EVENT,
		MentoringActionKeys.REPORT);

}
