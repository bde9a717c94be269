package ru.opora.library.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.library.web.internal.display.context.PendingDisplayContext;
import ru.opora.library.web.internal.display.context.Translator;

/**
 * The methodologist's queue: the municipality's materials waiting for
 * approval, with the way to the portal's workflow tasks where they are
 * approved or returned.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"mvc.command.name=" + LibraryWebKeys.MVC_PENDING
	},
	service = MVCRenderCommand.class
)
public class ViewPendingMVCRenderCommand implements MVCRenderCommand {

	/** The portal's «My Workflow Tasks» portlet. */
	public static final String MY_WORKFLOW_TASKS =
		"com_liferay_portal_workflow_task_web_portlet_MyWorkflowTaskPortlet";

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			if (!LibraryScreens.can(
					_portletResourcePermission, themeDisplay,
					LibraryActionKeys.REVIEW_MATERIALS)) {

				return "/no_access.jsp";
			}

			renderRequest.setAttribute(
				LibraryWebKeys.DISPLAY_CONTEXT,
				new PendingDisplayContext(
					_libraryService.getPendingMaterials(
						themeDisplay.getScopeGroupId()),
					LibraryScreens.labels(
						_libraryService, themeDisplay,
						Translator.of(themeDisplay.getLocale())),
					_portal.getControlPanelPortletURL(
						renderRequest, MY_WORKFLOW_TASKS,
						PortletRequest.RENDER_PHASE
					).toString()));
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/pending.jsp";
	}

	@Reference
	private LibraryService _libraryService;

	@Reference(
		target = "(resource.name=" + LibraryConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private Portal _portal;

}
