package ru.opora.library.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.display.context.Labels;
import ru.opora.library.web.internal.display.context.Translator;

/**
 * What every screen of the portlet asks: may the user do an action of the
 * library in the portlet's site, and the labels in the user's language.
 *
 * @author Opora
 */
final class LibraryScreens {

	static boolean can(
			PortletResourcePermission portletResourcePermission,
			ThemeDisplay themeDisplay, String actionId)
		throws PortalException {

		return portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			actionId);
	}

	static Labels labels(
			LibraryService libraryService, ThemeDisplay themeDisplay,
			Translator translator)
		throws PortalException {

		return new Labels(
			translator,
			libraryService.getSubjectAssociations(themeDisplay.getCompanyId()));
	}

	private LibraryScreens() {
	}

}
