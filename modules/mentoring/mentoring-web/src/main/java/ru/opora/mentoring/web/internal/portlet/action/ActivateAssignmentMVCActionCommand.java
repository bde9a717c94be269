package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;

/**
 * Activates an assignment (a coordinator's decision: the service checks
 * ADD_ASSIGNMENT in the assignment's site) with the comment the coordinator
 * entered.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_ACTIVATE_ASSIGNMENT
	},
	service = MVCActionCommand.class
)
public class ActivateAssignmentMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		AssignmentStatusChange.process(
			actionRequest, actionResponse, _portal, "comment",
			_mentorAssignmentService::activateAssignment);
	}

	@Reference
	private MentorAssignmentService _mentorAssignmentService;

	@Reference
	private Portal _portal;

}
