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
import ru.opora.mentoring.web.internal.display.context.ReportSupportEventDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The report form of a support event.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT
	},
	service = MVCRenderCommand.class
)
public class ReportSupportEventMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			SupportEvent supportEvent =
				_mentoringServices.getSupportEventService(
				).getSupportEvent(
					ParamUtil.getLong(renderRequest, "supportEventId")
				);

			MentorAssignment mentorAssignment =
				_mentoringServices.getMentorAssignmentService(
				).getAssignment(
					supportEvent.getMentorAssignmentId()
				);

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new ReportSupportEventDisplayContext(
					renderRequest, renderResponse, _mentoringServices,
					mentorAssignment, supportEvent));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/report_support_event.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
