package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.ActionResults;
import ru.opora.cooperation.web.internal.util.AgreementForm;
import ru.opora.domain.cooperation.AgreementData;

/**
 * Saves the draft form: a new draft in the current site (the page's scope
 * group, never a parameter) or the stored draft agreementId. Values that
 * cannot be read, or a rejection by the service, show the form again with
 * every violation; then the card of the draft.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_EDIT_AGREEMENT
	},
	service = MVCActionCommand.class
)
public class EditAgreementMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		long agreementId = ParamUtil.getLong(actionRequest, "agreementId");

		AgreementForm agreementForm = new AgreementForm(actionRequest::getParameter);

		AgreementData agreementData = agreementForm.parse();

		try {
			if (agreementData == null) {
				throw new CooperationValidationException(agreementForm.getViolations().list());
			}

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				CooperationAgreement.class.getName(), actionRequest);

			CooperationAgreement agreement;

			if (agreementId > 0) {
				agreement = _cooperationAgreementService.updateAgreement(agreementId, agreementData, serviceContext);
			}
			else {
				ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);

				agreement = _cooperationAgreementService.addAgreement(
					themeDisplay.getScopeGroupId(), agreementData, serviceContext);
			}

			SessionMessages.add(actionRequest, CooperationWebKeys.SUCCESS);

			// The card of the saved draft

			actionResponse.getRenderParameters().setValue(
				"mvcRenderCommandName", CooperationWebKeys.MVC_VIEW_AGREEMENT);
			actionResponse.getRenderParameters().setValue("agreementId", String.valueOf(agreement.getAgreementId()));
		}
		catch (CooperationValidationException cooperationValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal, cooperationValidationException,
				CooperationWebKeys.MVC_EDIT_AGREEMENT);
		}
	}

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private Portal _portal;

}
