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
import ru.opora.mentoring.web.internal.util.ErrorPage;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The first screen by role: coordinators (ADD_ASSIGNMENT or
 * MANAGE_SUGGESTIONS in the site) get the assignment list, curators with open
 * assignments their schools, everybody else "my mentor".
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

		if (portletResourcePermission.contains(
				permissionChecker, groupId,
				MentoringActionKeys.ADD_ASSIGNMENT) ||
			portletResourcePermission.contains(
				permissionChecker, groupId,
				MentoringActionKeys.MANAGE_SUGGESTIONS)) {

			return _viewAssignmentsMVCRenderCommand.render(
				renderRequest, renderResponse);
		}

		try {
			if (!_mentoringServices.getMentorAssignmentService(
				).getMyCuratorAssignments(
					true
				).isEmpty()) {

				return _viewMySchoolsMVCRenderCommand.render(
					renderRequest, renderResponse);
			}
		}
		catch (PortalException portalException) {
			return ErrorPage.show(renderRequest, portalException);
		}

		return _viewMyMentorMVCRenderCommand.render(
			renderRequest, renderResponse);
	}

	@Reference
	private MentoringServices _mentoringServices;

	@Reference(
		target = "(&(javax.portlet.name=" + MentoringPortletKeys.MENTORING + ")(mvc.command.name=" + MentoringWebKeys.MVC_VIEW_ASSIGNMENTS + "))"
	)
	private MVCRenderCommand _viewAssignmentsMVCRenderCommand;

	@Reference(
		target = "(&(javax.portlet.name=" + MentoringPortletKeys.MENTORING + ")(mvc.command.name=" + MentoringWebKeys.MVC_VIEW_MY_MENTOR + "))"
	)
	private MVCRenderCommand _viewMyMentorMVCRenderCommand;

	@Reference(
		target = "(&(javax.portlet.name=" + MentoringPortletKeys.MENTORING + ")(mvc.command.name=" + MentoringWebKeys.MVC_VIEW_MY_SCHOOLS + "))"
	)
	private MVCRenderCommand _viewMySchoolsMVCRenderCommand;

}
