package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.web.internal.display.context.SchoolsDisplayContext;

/**
 * The schools the user may see, with their monitoring status.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + "/"
	},
	service = MVCRenderCommand.class
)
public class ViewHomeMVCRenderCommand extends BaseRiskMVCRenderCommand {

	@Override
	protected Object createDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		return new SchoolsDisplayContext(renderRequest, renderResponse, riskServices);
	}

	@Override
	protected String getJspPath() {
		return "/view.jsp";
	}

}
