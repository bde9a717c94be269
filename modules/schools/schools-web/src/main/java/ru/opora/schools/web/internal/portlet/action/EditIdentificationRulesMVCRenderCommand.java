package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.IdentificationRulesDisplayContext;
import ru.opora.schools.web.internal.display.context.SiteSchools;
import ru.opora.schools.web.internal.util.ErrorPage;

/**
 * The identification thresholds and the what-if of edited ones over the
 * current site's schools, for coordinators (MANAGE_RULES on the site's
 * {@code ru.opora.schools} resource). Nothing is stored.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES
	},
	service = MVCRenderCommand.class
)
public class EditIdentificationRulesMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!_portletResourcePermission.contains(
				themeDisplay.getPermissionChecker(),
				themeDisplay.getScopeGroupId(),
				SchoolsActionKeys.MANAGE_RULES)) {

			return ErrorPage.forbidden(renderRequest);
		}

		try {
			SiteSchools siteSchools = SiteSchools.load(
				themeDisplay.getScopeGroupId(), _schoolService,
				_assessmentResultService, _schoolContextService);

			renderRequest.setAttribute(
				SchoolsWebKeys.DISPLAY_CONTEXT,
				new IdentificationRulesDisplayContext(
					renderRequest, renderResponse, _portal, siteSchools));
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/edit_identification_rules.jsp";
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + SchoolsConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference
	private SchoolService _schoolService;

}
