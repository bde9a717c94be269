package ru.opora.portal.feature;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

/**
 * What a portlet shows for a feature in a site: the feature itself when it is
 * on; when it is off, a message for the site's administrators (who can switch
 * it on) and nothing for everybody else. Use it in a render command and give
 * it to the JSP:
 *
 * <pre>
 * FeatureAvailability featureAvailability = FeatureAvailability.of(
 *     oporaFeatureService, themeDisplay.getScopeGroupId(),
 *     OporaFeature.SCHOOLS, themeDisplay.getPermissionChecker());
 *
 * if (!featureAvailability.isEnabled()) {
 *     renderRequest.setAttribute(FeatureAvailability.class.getName(), featureAvailability);
 *
 *     return "/feature_disabled.jsp";
 * }
 * </pre>
 *
 * and in the JSP, when {@link #isShowDisabledMessage()}, the message
 * {@link #getMessageKey()} with the translated {@link #getFeatureLabelKey()}
 * as its argument, then {@link #getHelpKey()}. The portlet's
 * {@code content/Language} files need these three keys.
 *
 * @author Opora
 */
public final class FeatureAvailability {

	public static final String HELP_KEY = "opora-feature-disabled-help";

	public static final String MESSAGE_KEY = "opora-feature-disabled";

	public static FeatureAvailability of(
			OporaFeatureService oporaFeatureService, long groupId,
			OporaFeature feature, PermissionChecker permissionChecker)
		throws PortalException {

		if (oporaFeatureService.isEnabled(groupId, feature)) {
			return new FeatureAvailability(feature, true, false);
		}

		boolean siteAdministrator = false;

		if ((permissionChecker != null) &&
			permissionChecker.isGroupAdmin(groupId)) {

			siteAdministrator = true;
		}

		return new FeatureAvailability(feature, false, siteAdministrator);
	}

	public OporaFeature getFeature() {
		return _feature;
	}

	public String getFeatureLabelKey() {
		return _feature.getLabelKey();
	}

	public String getHelpKey() {
		return HELP_KEY;
	}

	public String getMessageKey() {
		return MESSAGE_KEY;
	}

	public boolean isEnabled() {
		return _enabled;
	}

	/** Off, and the user administers the site: tell them, and how to switch it on. */
	public boolean isShowDisabledMessage() {
		return _showDisabledMessage;
	}

	private FeatureAvailability(
		OporaFeature feature, boolean enabled, boolean showDisabledMessage) {

		_feature = feature;
		_enabled = enabled;
		_showDisabledMessage = showDisabledMessage;
	}

	private final boolean _enabled;
	private final OporaFeature _feature;
	private final boolean _showDisabledMessage;

}
