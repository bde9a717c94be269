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
import ru.opora.cooperation.web.internal.display.context.AttentionDisplayContext;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.portal.util.UserDates;

/**
 * The agreements of the site (or region) that need attention today, among
 * those the user may view.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_VIEW_ATTENTION
	},
	service = MVCRenderCommand.class
)
public class ViewAttentionMVCRenderCommand extends BaseCooperationMVCRenderCommand {

	@Override
	protected String doRender(RenderRequest renderRequest, RenderResponse renderResponse) throws PortalException {
		ThemeDisplay themeDisplay = cooperationServices.themeDisplay(renderRequest);
		CooperationPermissions permissions = cooperationServices.permissions(renderRequest);
		boolean region = cooperationServices.isRegion(renderRequest) && permissions.canViewAll();

		renderRequest.setAttribute(
			CooperationWebKeys.DISPLAY_CONTEXT,
			new AttentionDisplayContext(
				renderResponse, cooperationServices.labels(renderRequest), permissions,
				themeDisplay.getScopeGroupId(), region,
				AgreementRows.agreements(
					cooperationServices.getCooperationAgreementService(), themeDisplay.getScopeGroupId(), region),
				UserDates.today(themeDisplay)));

		return "/view_attention.jsp";
	}

}
