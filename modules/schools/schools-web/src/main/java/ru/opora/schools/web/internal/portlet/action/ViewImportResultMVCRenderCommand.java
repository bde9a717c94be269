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
import ru.opora.schools.web.internal.display.context.ImportResultDisplayContext;
import ru.opora.schools.web.internal.display.context.ImportWorkbookDisplayContext;
import ru.opora.schools.web.internal.util.ErrorPage;
import ru.opora.schools.web.internal.util.LastImport;

/**
 * The result of the user's last import, kept in the portlet session; the
 * import form when this session has none.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_VIEW_IMPORT_RESULT
	},
	service = MVCRenderCommand.class
)
public class ViewImportResultMVCRenderCommand implements MVCRenderCommand {

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

		LastImport lastImport = LastImport.get(renderRequest);

		if (lastImport == null) {
			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new ImportWorkbookDisplayContext(
					renderRequest, renderResponse, _portal));

			return "/import_workbook.jsp";
		}

		renderRequest.setAttribute(
			SchoolsWebKeys.DISPLAY_CONTEXT,
			new ImportResultDisplayContext(
				renderRequest, renderResponse, _portal, lastImport));

		return "/import_result.jsp";
	}

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
