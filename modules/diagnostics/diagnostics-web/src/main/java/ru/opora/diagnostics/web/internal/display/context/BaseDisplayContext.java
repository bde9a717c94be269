package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.text.DateFormat;
import java.util.Date;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.portal.constants.OporaRoleNames;

/** What every screen needs: the site, the viewer's tabs, URLs, dates, messages. */
public class BaseDisplayContext {

	public BaseDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services) {
		this.renderRequest = renderRequest;
		this.renderResponse = renderResponse;
		this.services = services;

		themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	public boolean canImportResults() {
		return _can(DiagnosticsActionKeys.IMPORT_RESULTS);
	}

	public boolean canManageBank() {
		return _can(DiagnosticsActionKeys.MANAGE_BANK);
	}

	public boolean canOpenSessions() {
		return _can(DiagnosticsActionKeys.OPEN_SESSION) || isSchoolTeam();
	}

	public boolean canViewAggregates() {
		return _can(DiagnosticsActionKeys.VIEW_AGGREGATES);
	}

	public boolean canViewAuditLog() {
		return _can(DiagnosticsActionKeys.VIEW_AUDIT_LOG);
	}

	public String format(Date date) {
		if (date == null) {
			return "";
		}

		DateFormat dateFormat = DateFormat.getDateInstance(DateFormat.MEDIUM, themeDisplay.getLocale());

		dateFormat.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));

		return dateFormat.format(date);
	}

	public long getGroupId() {
		return themeDisplay.getScopeGroupId();
	}

	public String message(String key, Object... arguments) {
		return services.getLanguage().format(themeDisplay.getLocale(), key, arguments, false);
	}

	/** A render URL of a command with parameters given as name, value pairs. */
	public String renderURL(String mvcRenderCommandName, String... parameters) {
		PortletURL portletURL = renderResponse.createRenderURL();

		portletURL.getRenderParameters().setValue("mvcRenderCommandName", mvcRenderCommandName);

		for (int i = 0; (i + 1) < parameters.length; i += 2) {
			portletURL.getRenderParameters().setValue(parameters[i], parameters[i + 1]);
		}

		return portletURL.toString();
	}

	public boolean isSchoolTeam() {
		try {
			Role role = services.getRoleLocalService().fetchRole(
				themeDisplay.getCompanyId(), OporaRoleNames.SCHOOL_TEAM);

			return (role != null) && services.getUserGroupRoleLocalService().hasUserGroupRole(
				themeDisplay.getUserId(), getGroupId(), role.getRoleId(), true);
		}
		catch (Exception exception) {
			return false;
		}
	}

	private boolean _can(String actionId) {
		PermissionChecker permissionChecker = themeDisplay.getPermissionChecker();

		try {
			return services.getPortletResourcePermission().contains(permissionChecker, getGroupId(), actionId);
		}
		catch (Exception exception) {
			return false;
		}
	}

	protected final RenderRequest renderRequest;
	protected final RenderResponse renderResponse;
	protected final DiagnosticsServices services;
	protected final ThemeDisplay themeDisplay;

}
