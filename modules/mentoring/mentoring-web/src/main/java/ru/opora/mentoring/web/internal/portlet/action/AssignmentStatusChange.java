package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ActionResults;

/**
 * What the activate, finish and cancel commands share: read the assignment
 * and the coordinator's text, change the status through the service, then the
 * success message or the card again with the violations.
 *
 * @author Opora
 */
final class AssignmentStatusChange {

	/** One status change of the assignment service. */
	interface Change {

		public MentorAssignment apply(
				long mentorAssignmentId, String text,
				ServiceContext serviceContext)
			throws PortalException;

	}

	static void process(
			ActionRequest actionRequest, ActionResponse actionResponse,
			Portal portal, String textParameterName, Change change)
		throws Exception {

		long mentorAssignmentId = ParamUtil.getLong(
			actionRequest, "mentorAssignmentId");
		String text = ParamUtil.getString(
			actionRequest, textParameterName
		).trim();

		try {
			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				MentorAssignment.class.getName(), actionRequest);

			change.apply(mentorAssignmentId, text, serviceContext);

			ActionResults.succeed(
				actionRequest, actionResponse, portal,
				MentoringWebKeys.SUCCESS_STATUS_CHANGED);
		}
		catch (MentoringValidationException mentoringValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, portal,
				mentoringValidationException,
				MentoringWebKeys.MVC_VIEW_ASSIGNMENT);
		}
	}

	private AssignmentStatusChange() {
	}

}
