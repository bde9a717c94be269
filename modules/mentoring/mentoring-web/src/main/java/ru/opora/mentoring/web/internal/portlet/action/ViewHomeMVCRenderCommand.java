package ru.opora.mentoring.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.display.context.AssignmentsDisplayContext;
import ru.opora.mentoring.web.internal.display.context.MyMentorDisplayContext;
import ru.opora.mentoring.web.internal.display.context.MySchoolsDisplayContext;
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The first screen by role: coordinators (ADD_ASSIGNMENT or
 * MANAGE_SUGGESTIONS in the site) get the assignment list, curators with open
 * assignments their schools, everybody else "my mentor". It builds the same
 * display context as the command of that screen.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"mvc.command.name=/"
	},
	service = MVCRenderCommand.class
)
public class ViewHomeMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PermissionChecker permissionChecker =
			themeDisplay.getPermissionChecker();
		PortletResourcePermission portletResourcePermission =
			_mentoringServices.getPortletResourcePermission();
		long groupId = themeDisplay.getScopeGroupId();

		try {
			if (portletResourcePermission.contains(
					permissionChecker, groupId,
					MentoringActionKeys.ADD_ASSIGNMENT) ||
				portletResourcePermission.contains(
					permissionChecker, groupId,
					MentoringActionKeys.MANAGE_SUGGESTIONS)) {

				AssignmentsDisplayContext assignmentsDisplayContext =
					new AssignmentsDisplayContext(
						renderRequest, renderResponse, _mentoringServices);

				assignmentsDisplayContext.getAssignments();

				renderRequest.setAttribute(
					MentoringWebKeys.DISPLAY_CONTEXT,
					assignmentsDisplayContext);

				return "/view_assignments.jsp";
			}

			if (!_mentoringServices.getMentorAssignmentService(
				).getMyCuratorAssignments(
					true
				).isEmpty()) {

				renderRequest.setAttribute(
					MentoringWebKeys.DISPLAY_CONTEXT,
					new MySchoolsDisplayContext(
						renderRequest, renderResponse, _mentoringServices));

				return "/view_my_schools.jsp";
			}

			renderRequest.setAttribute(
				MentoringWebKeys.DISPLAY_CONTEXT,
				new MyMentorDisplayContext(
					renderRequest, renderResponse, _mentoringServices));

			return "/view_my_mentor.jsp";
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}
	}

	@Reference
	private MentoringServices _mentoringServices;

}
