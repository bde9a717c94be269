package ru.opora.library.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.library.web.internal.display.context.MaterialsDisplayContext;
import ru.opora.library.web.internal.display.context.Translator;

/**
 * The search screen: words and filters from the request, the matching
 * approved materials of the region.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"mvc.command.name=/", "mvc.command.name=" + LibraryWebKeys.MVC_VIEW
	},
	service = MVCRenderCommand.class
)
public class ViewMaterialsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long groupId = themeDisplay.getScopeGroupId();
		try {
			if (!LibraryScreens.can(
					_portletResourcePermission, themeDisplay,
					LibraryActionKeys.VIEW)) {

				return "/no_access.jsp";
			}

			MaterialQuery query = new MaterialQuery(
				ParamUtil.getString(renderRequest, "keywords"),
				ParamUtil.getString(renderRequest, "subject"),
				ParamUtil.getInteger(renderRequest, "grade"),
				ParamUtil.getString(renderRequest, "type"),
				ParamUtil.getString(renderRequest, "riskFactor"),
				ParamUtil.getString(renderRequest, "competence"));

			renderRequest.setAttribute(
				LibraryWebKeys.DISPLAY_CONTEXT,
				new MaterialsDisplayContext(
					_libraryService, groupId, query,
					LibraryScreens.labels(
						_libraryService, themeDisplay,
						Translator.of(themeDisplay.getLocale())),
					LibraryScreens.can(
						_portletResourcePermission, themeDisplay,
						LibraryActionKeys.ADD_MATERIAL),
					LibraryScreens.can(
						_portletResourcePermission, themeDisplay,
						LibraryActionKeys.REVIEW_MATERIALS)));
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/view.jsp";
	}

	@Reference
	private LibraryService _libraryService;

	@Reference(
		target = "(resource.name=" + LibraryConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
