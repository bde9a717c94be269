package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.cooperation.web.internal.display.context.NetworkDisplayContext;
import ru.opora.portal.util.UserDates;

/**
 * The network of the site (or of the region) on the chosen day, today by
 * default; coordinators only (the service checks).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_VIEW_NETWORK
	},
	service = MVCRenderCommand.class
)
public class ViewNetworkMVCRenderCommand extends BaseCooperationMVCRenderCommand {

	@Override
	protected String doRender(RenderRequest renderRequest, RenderResponse renderResponse) throws PortalException {
		ThemeDisplay themeDisplay = cooperationServices.themeDisplay(renderRequest);
		CooperationPermissions permissions = cooperationServices.permissions(renderRequest);
		CooperationAgreementService service = cooperationServices.getCooperationAgreementService();
		boolean region = cooperationServices.isRegion(renderRequest);

		LocalDate date = UserDates.today(themeDisplay);

		try {
			String value = ParamUtil.getString(renderRequest, "date");

			if (!value.isEmpty()) {
				date = LocalDate.parse(value);
			}
		}
		catch (DateTimeParseException dateTimeParseException) {
		}

		renderRequest.setAttribute(
			CooperationWebKeys.DISPLAY_CONTEXT,
			new NetworkDisplayContext(
				renderResponse, cooperationServices.labels(renderRequest), permissions,
				themeDisplay.getScopeGroupId(), region,
				service.getNetwork(themeDisplay.getScopeGroupId(), region, date),
				service.getPartyOptions(themeDisplay.getScopeGroupId())));

		return "/view_network.jsp";
	}

}
