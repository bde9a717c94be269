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
import ru.opora.mentoring.web.internal.display.context.EditAssignmentDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The form of an assignment entered by hand (new, or the one named).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EDIT_ASSIGNMENT
	},
	service = MVCRenderCommand.class
)
public class EditAssignmentMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			long mentorAssignmentId = ParamUtil.getLong(
				renderRequest, "mentorAssignmentId");

			MentorAssignment mentorAssignment = null;

			if (mentorAssignmentId > 0) {
				mentorAssignment =
					_mentoringServices.getMentorAssignmentService(
					).getAssignment(
						mentorAssignmentId
					);
			}

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new EditAssignmentDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					mentorAssignment));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/edit_assignment.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
