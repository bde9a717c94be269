package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.display.context.QuestionnaireDisplayContext;

/**
 * A questionnaire for a staff member or a response code.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_QUESTIONNAIRE
	},
	service = MVCRenderCommand.class
)
public class ViewQuestionnaireMVCRenderCommand extends BaseRiskMVCRenderCommand {

	@Override
	protected Object createDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		return new QuestionnaireDisplayContext(renderRequest, renderResponse, riskServices);
	}

	@Override
	protected String getJspPath() {
		return "/questionnaire.jsp";
	}

}
