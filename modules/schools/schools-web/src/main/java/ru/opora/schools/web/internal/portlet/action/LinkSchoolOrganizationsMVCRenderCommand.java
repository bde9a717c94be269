package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.OrganizationLinksDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The screen that links the site's schools to portal organizations, with
 * the outcome of the last run, for coordinators (MANAGE_ORGANIZATIONS on the
 * site's schools).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_LINK_ORGANIZATIONS
	},
	service = MVCRenderCommand.class
)
public class LinkSchoolOrganizationsMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!_portletResourcePermission.contains(
				themeDisplay.getPermissionChecker(),
				themeDisplay.getScopeGroupId(),
				SchoolsActionKeys.MANAGE_ORGANIZATIONS)) {

			return ErrorPage.forbidden(renderRequest);
		}

		renderRequest.setAttribute(
			SchoolsWebKeys.DISPLAY_CONTEXT,
			new OrganizationLinksDisplayContext(
				renderRequest, renderResponse, _portal,
				(OrganizationLinkResult)SessionMessages.get(
					renderRequest, SchoolsWebKeys.ORGANIZATION_LINK_RESULT)));

		return "/link_organizations.jsp";
	}

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
