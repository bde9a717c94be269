package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * Links the current site's schools to portal organizations (the service
 * checks MANAGE_ORGANIZATIONS) and shows the outcome school by school; a
 * site without a single municipality organization comes back with the
 * reason. A missing permission propagates.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_LINK_ORGANIZATIONS
	},
	service = MVCActionCommand.class
)
public class LinkSchoolOrganizationsMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		boolean createMissing = ParamUtil.getBoolean(
			actionRequest, "createMissing");

		try {
			OrganizationLinkResult organizationLinkResult =
				_schoolService.linkSchoolOrganizations(
					themeDisplay.getScopeGroupId(), createMissing);

			SessionMessages.add(
				actionRequest, SchoolsWebKeys.ORGANIZATION_LINK_RESULT,
				organizationLinkResult);
		}
		catch (OporaValidationException oporaValidationException) {
			SessionErrors.add(
				actionRequest, OporaValidationException.class,
				oporaValidationException);

			SessionMessages.add(
				actionRequest,
				_portal.getPortletId(actionRequest) +
					SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);
		}

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_LINK_ORGANIZATIONS
		);
		actionResponse.getRenderParameters(
		).setValue(
			"createMissing", String.valueOf(createMissing)
		);
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
