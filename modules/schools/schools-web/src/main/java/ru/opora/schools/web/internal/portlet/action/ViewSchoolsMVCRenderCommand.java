package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.SchoolsDisplayContext;
import ru.opora.schools.web.internal.display.context.SiteSchools;

/**
 * The default view: the schools of the current site (the scope group of the
 * page, never a request parameter), or, when the municipality has the schools
 * switched off, {@code feature_disabled.jsp} (a message for site
 * administrators, nothing for others).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=/",
		"mvc.command.name=" + SchoolsWebKeys.MVC_VIEW_SCHOOLS
	},
	service = MVCRenderCommand.class
)
public class ViewSchoolsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			FeatureAvailability featureAvailability = FeatureAvailability.of(
				_oporaFeatureService, themeDisplay.getScopeGroupId(),
				OporaFeature.SCHOOLS, themeDisplay.getPermissionChecker());

			if (!featureAvailability.isEnabled()) {
				renderRequest.setAttribute(
					SchoolsWebKeys.FEATURE_AVAILABILITY, featureAvailability);

				return "/feature_disabled.jsp";
			}

			SiteSchools siteSchools = SiteSchools.forPage(
				themeDisplay, _configurationProvider,
				SiteSchools.municipalityNames(
				_groupLocalService, themeDisplay.getLocale()),
				_schoolService, _assessmentResultService, _schoolContextService);

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new SchoolsDisplayContext(
					renderRequest, renderResponse, _portal, siteSchools,
					_schoolModelResourcePermission,
					_portletResourcePermission));
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/view.jsp";
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference(target = "(model.class.name=ru.opora.schools.model.School)")
	private ModelResourcePermission<School> _schoolModelResourcePermission;

	@Reference
	private SchoolService _schoolService;

}
