package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Map;
import java.util.function.Function;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.EditAgreementDisplayContext;

/**
 * The form of a new draft or of a stored one; after a rejected save, the
 * values the user entered with each violation.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_EDIT_AGREEMENT
	},
	service = MVCRenderCommand.class
)
public class EditAgreementMVCRenderCommand extends BaseCooperationMVCRenderCommand {

	@Override
	protected String doRender(RenderRequest renderRequest, RenderResponse renderResponse) throws PortalException {
		ThemeDisplay themeDisplay = cooperationServices.themeDisplay(renderRequest);
		CooperationAgreementService service = cooperationServices.getCooperationAgreementService();

		long agreementId = ParamUtil.getLong(renderRequest, "agreementId");

		CooperationValidationException cooperationValidationException =
			(CooperationValidationException)SessionErrors.get(renderRequest, CooperationValidationException.class);

		Function<String, String> values;

		if (cooperationValidationException != null) {
			values = name -> renderRequest.getParameter(name);
		}
		else if (agreementId > 0) {
			Map<String, String> stored = EditAgreementDisplayContext.valuesOf(service.getAgreementData(agreementId));

			values = stored::get;
		}
		else {
			values = name -> null;
		}

		if (agreementId > 0) {

			// Only drafts the user may update: fails with the error page otherwise

			service.getAgreement(agreementId);
		}

		renderRequest.setAttribute(
			CooperationWebKeys.DISPLAY_CONTEXT,
			new EditAgreementDisplayContext(
				renderResponse, cooperationServices.labels(renderRequest),
				cooperationServices.permissions(renderRequest), themeDisplay.getScopeGroupId(), agreementId,
				values, service.getPartyOptions(themeDisplay.getScopeGroupId())));

		return "/edit_agreement.jsp";
	}

}
