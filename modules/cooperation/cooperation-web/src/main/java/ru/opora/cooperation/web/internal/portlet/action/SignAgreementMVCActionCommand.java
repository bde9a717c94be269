package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.portal.util.UserDates;

/**
 * Signs an agreement with every approval (active at once if its term has started).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_SIGN_AGREEMENT
	},
	service = MVCActionCommand.class
)
public class SignAgreementMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		AgreementStep.process(
			actionRequest, actionResponse, _portal, null,
			(agreementId, text, serviceContext) -> _cooperationAgreementService.signAgreement(
				agreementId, UserDates.today((ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY)),
				serviceContext));
	}

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private Portal _portal;

}
