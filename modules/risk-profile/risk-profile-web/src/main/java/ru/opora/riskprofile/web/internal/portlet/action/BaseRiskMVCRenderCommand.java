package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.util.RiskServices;

/**
 * One screen: nothing when the municipality has the feature switched off
 * (a message for site administrators), the error page when the user may not
 * see what was asked for.
 *
 * @author Opora
 */
public abstract class BaseRiskMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(RenderRequest renderRequest, RenderResponse renderResponse) {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

		try {
			FeatureAvailability featureAvailability = FeatureAvailability.of(
				riskServices.getOporaFeatureService(), themeDisplay.getScopeGroupId(), OporaFeature.RISK_PROFILES,
				themeDisplay.getPermissionChecker());

			if (!featureAvailability.isEnabled()) {
				renderRequest.setAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT, featureAvailability);

				return "/feature_disabled.jsp";
			}

			renderRequest.setAttribute(RiskProfileWebKeys.DISPLAY_CONTEXT, createDisplayContext(renderRequest, renderResponse));

			return getJspPath();
		}
		catch (PortalException portalException) {
			SessionErrors.add(renderRequest, portalException.getClass());

			return "/error.jsp";
		}
	}

	protected abstract Object createDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	protected abstract String getJspPath();

	@Reference
	protected RiskServices riskServices;

}
