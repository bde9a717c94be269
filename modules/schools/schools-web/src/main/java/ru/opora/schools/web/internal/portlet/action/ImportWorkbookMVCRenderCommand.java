package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
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
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.ImportWorkbookDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The import form, for users who may import into the current site
 * (IMPORT_DATA on the site's {@code ru.opora.schools} resource; the service
 * checks again).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_IMPORT_WORKBOOK
	},
	service = MVCRenderCommand.class
)
public class ImportWorkbookMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!_portletResourcePermission.contains(
				themeDisplay.getPermissionChecker(),
				themeDisplay.getScopeGroupId(),
				SchoolsActionKeys.IMPORT_DATA)) {

			return ErrorPage.forbidden(renderRequest);
		}

		renderRequest.setAttribute(
			SchoolsWebKeys.DISPLAY_CONTEXT,
			new ImportWorkbookDisplayContext(
				renderRequest, renderResponse, _portal));

		return "/import_workbook.jsp";
	}

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
