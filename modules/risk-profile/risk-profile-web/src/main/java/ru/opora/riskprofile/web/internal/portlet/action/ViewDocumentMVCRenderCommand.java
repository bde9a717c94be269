package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.display.context.DocumentDisplayContext;

/**
 * A document version with its review and monitoring.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_VIEW_DOCUMENT
	},
	service = MVCRenderCommand.class
)
public class ViewDocumentMVCRenderCommand extends BaseRiskMVCRenderCommand {

	@Override
	protected Object createDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		return new DocumentDisplayContext(renderRequest, renderResponse, riskServices);
	}

	@Override
	protected String getJspPath() {
		return "/view_document.jsp";
	}

}
