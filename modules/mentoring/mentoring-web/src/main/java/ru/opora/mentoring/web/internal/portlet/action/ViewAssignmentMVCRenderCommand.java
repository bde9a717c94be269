package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.web.internal.display.context.AssignmentDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * One assignment with its history and support plan; the error page when it is missing or may not be viewed.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_VIEW_ASSIGNMENT
	},
	service = MVCRenderCommand.class
)
public class ViewAssignmentMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			long mentorAssignmentId = ParamUtil.getLong(
				renderRequest, "mentorAssignmentId");

			MentorAssignment mentorAssignment =
				_mentoringServices.getMentorAssignmentService(
				).getAssignment(
					mentorAssignmentId
				);

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new AssignmentDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					mentorAssignment,
					_mentoringServices.getMentorAssignmentHistoryService(
					).getAssignmentHistories(
						mentorAssignmentId
					),
					_mentoringServices.getSupportEventService(
					).getAssignmentSupportEvents(
						mentorAssignmentId
					)));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/view_assignment.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
