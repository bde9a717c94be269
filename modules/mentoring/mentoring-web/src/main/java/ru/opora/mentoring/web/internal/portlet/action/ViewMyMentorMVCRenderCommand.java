package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.web.internal.display.context.MyMentorDisplayContext;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * Who mentors one of the site's schools the user may view ("my mentor").
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=" + MentoringWebKeys.MVC_VIEW_MY_MENTOR
	},
	service = MVCRenderCommand.class
)
public class ViewMyMentorMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new MyMentorDisplayContext(
					renderRequest, renderResponse, _mentoringServices));
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return "/view_my_mentor.jsp";
	}

	@Reference
	private MentoringServices _mentoringServices;

}
