package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;

/**
 * Sends an agreement on approval back to draft with the reason.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_RETURN_TO_DRAFT
	},
	service = MVCActionCommand.class
)
public class ReturnToDraftMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		AgreementStep.process(
			actionRequest, actionResponse, _portal, "reason",
			(agreementId, text, serviceContext) -> _cooperationAgreementService.returnToDraft(
				agreementId, text, serviceContext));
	}

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private Portal _portal;

}
