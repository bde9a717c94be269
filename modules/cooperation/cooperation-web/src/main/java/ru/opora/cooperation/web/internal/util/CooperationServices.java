package ru.opora.cooperation.web.internal.util;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.configuration.CooperationRegionConfiguration;
import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.cooperation.web.internal.display.context.Labels;
import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;

/**
 * The services the portlet's commands share, and what they read from every
 * request: the site (the page's scope group, never a parameter), the user's
 * permissions there, the labels, the scope (site or region).
 *
 * @author Opora
 */
@Component(service = CooperationServices.class)
public class CooperationServices {

	/**
	 * The feature switched off in the site: the render command shows
	 * feature_disabled.jsp (a message to site administrators, nothing to
	 * others); null when it is on.
	 */
	public String checkFeature(RenderRequest renderRequest) throws PortalException {
		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		FeatureAvailability featureAvailability = FeatureAvailability.of(
			_oporaFeatureService, themeDisplay.getScopeGroupId(), OporaFeature.COOPERATION,
			themeDisplay.getPermissionChecker());

		if (featureAvailability.isEnabled()) {
			return null;
		}

		renderRequest.setAttribute(CooperationWebKeys.FEATURE_AVAILABILITY, featureAvailability);

		return "/feature_disabled.jsp";
	}

	public CooperationAgreementService getCooperationAgreementService() {
		return _cooperationAgreementService;
	}

	public DLAppService getDLAppService() {
		return _dlAppService;
	}

	public ModelResourcePermission<CooperationAgreement> getModelResourcePermission() {
		return _modelResourcePermission;
	}

	/** The region's site (Instance Settings > Opora), 0 if it does not exist. */
	public long getRegionGroupId(long companyId) throws PortalException {
		CooperationRegionConfiguration configuration = _configurationProvider.getCompanyConfiguration(
			CooperationRegionConfiguration.class, companyId);

		Group group = _groupLocalService.fetchFriendlyURLGroup(companyId, configuration.regionSiteFriendlyURL());

		return (group == null) ? 0 : group.getGroupId();
	}

	public boolean isRegion(PortletRequest portletRequest) {
		return "region".equals(ParamUtil.getString(portletRequest, "scope"));
	}

	public Labels labels(PortletRequest portletRequest) {
		return new Labels(themeDisplay(portletRequest).getLocale());
	}

	public CooperationPermissions permissions(PortletRequest portletRequest) throws PortalException {
		ThemeDisplay themeDisplay = themeDisplay(portletRequest);

		return CooperationPermissions.of(
			_portletResourcePermission, themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId());
	}

	public ThemeDisplay themeDisplay(PortletRequest portletRequest) {
		return (ThemeDisplay)portletRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(target = "(model.class.name=ru.opora.cooperation.model.CooperationAgreement)")
	private ModelResourcePermission<CooperationAgreement> _modelResourcePermission;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference(target = "(resource.name=" + CooperationConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
