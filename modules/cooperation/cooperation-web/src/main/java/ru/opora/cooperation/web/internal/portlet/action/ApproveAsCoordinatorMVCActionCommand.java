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
 * The municipal coordinator's approval.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_APPROVE_AS_COORDINATOR
	},
	service = MVCActionCommand.class
)
public class ApproveAsCoordinatorMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		AgreementStep.process(
			actionRequest, actionResponse, _portal, "comment",
			(agreementId, text, serviceContext) -> _cooperationAgreementService.approveAsCoordinator(
				agreementId, text, serviceContext));
	}

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private Portal _portal;

}
