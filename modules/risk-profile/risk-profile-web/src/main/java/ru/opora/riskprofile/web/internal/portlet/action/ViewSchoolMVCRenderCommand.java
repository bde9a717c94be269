package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.display.context.SchoolProfileDisplayContext;

/**
 * A school's profile, survey progress and documents.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_VIEW_SCHOOL
	},
	service = MVCRenderCommand.class
)
public class ViewSchoolMVCRenderCommand extends BaseRiskMVCRenderCommand {

	@Override
	protected Object createDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		return new SchoolProfileDisplayContext(renderRequest, renderResponse, riskServices);
	}

	@Override
	protected String getJspPath() {
		return "/view_school.jsp";
	}

}
