package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.mentoring.assignment.AssignmentData;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;
import ru.opora.mentoring.web.internal.util.AssignmentDataParser;

/**
 * Adds an assignment by hand to the current site (mentorAssignmentId 0, it
 * starts as proposed) or updates the parties, period and order of one.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EDIT_ASSIGNMENT
	},
	service = MVCActionCommand.class
)
public class EditAssignmentMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long mentorAssignmentId = ParamUtil.getLong(
			actionRequest, "mentorAssignmentId");

		try {
			ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
				WebKeys.THEME_DISPLAY);

			AssignmentData stored = null;
			long groupId = themeDisplay.getScopeGroupId();

			if (mentorAssignmentId > 0) {
				MentorAssignment mentorAssignment =
					_mentorAssignmentService.getAssignment(mentorAssignmentId);

				stored = mentorAssignment.toAssignmentData();
				groupId = mentorAssignment.getGroupId();
			}

			// The municipality's curator capacity (Site Settings > Opora)

			int capacity = _oporaFeatureService.getCuratorCapacity(groupId);

			AssignmentData assignmentData = AssignmentDataParser.parse(
				actionRequest, stored);

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				MentorAssignment.class.getName(), actionRequest);

			if (mentorAssignmentId > 0) {
				_mentorAssignmentService.updateAssignment(
					mentorAssignmentId, assignmentData, capacity,
					serviceContext);
			}
			else {
				_mentorAssignmentService.addAssignment(
					groupId, assignmentData, capacity, serviceContext);
			}

			ActionResults.succeed(
				actionRequest, actionResponse, _portal,
				MentoringWebKeys.SUCCESS_ASSIGNMENT_SAVED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_EDIT_ASSIGNMENT);
		}
	}

	@Reference
	private MentorAssignmentService _mentorAssignmentService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

}
