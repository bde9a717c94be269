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
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.display.context.EditSupportEventDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The form of a support event: a new one of the named assignment, or the named event.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT
	},
	service = MVCRenderCommand.class
)
public class EditSupportEventMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			long supportEventId = ParamUtil.getLong(
				renderRequest, "supportEventId");

			SupportEvent supportEvent = null;
			long mentorAssignmentId = ParamUtil.getLong(
				renderRequest, "mentorAssignmentId");

			if (supportEventId > 0) {
				supportEvent = _mentoringServices.getSupportEventService(
				).getSupportEvent(
					supportEventId
				);

				mentorAssignmentId = supportEvent.getMentorAssignmentId();
			}

			MentorAssignment mentorAssignment =
				_mentoringServices.getMentorAssignmentService(
				).getAssignment(
					mentorAssignmentId
				);

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new EditSupportEventDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					mentorAssignment, supportEvent));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/edit_support_event.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
