package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.AgreementRows;
import ru.opora.cooperation.web.internal.display.context.AgreementsDisplayContext;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.cooperation.web.internal.util.RegisterFilters;

/**
 * The register of the current site (the page's scope group), or of the
 * region for its coordinators, with the filters of the request.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION, "mvc.command.name=/",
		"mvc.command.name=" + CooperationWebKeys.MVC_VIEW_AGREEMENTS
	},
	service = MVCRenderCommand.class
)
public class ViewAgreementsMVCRenderCommand extends BaseCooperationMVCRenderCommand {

	@Override
	protected String doRender(RenderRequest renderRequest, RenderResponse renderResponse) throws PortalException {
		ThemeDisplay themeDisplay = cooperationServices.themeDisplay(renderRequest);
		CooperationPermissions permissions = cooperationServices.permissions(renderRequest);
		boolean region = cooperationServices.isRegion(renderRequest) && permissions.canViewAll();

		renderRequest.setAttribute(
			CooperationWebKeys.DISPLAY_CONTEXT,
			new AgreementsDisplayContext(
				renderResponse, cooperationServices.labels(renderRequest), permissions,
				themeDisplay.getScopeGroupId(), region,
				AgreementRows.load(
					cooperationServices.getCooperationAgreementService(), themeDisplay.getScopeGroupId(), region),
				RegisterFilters.of(renderRequest)));

		return "/view_agreements.jsp";
	}

}
