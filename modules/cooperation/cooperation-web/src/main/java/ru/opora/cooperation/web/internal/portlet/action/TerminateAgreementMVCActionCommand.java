package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.validation.Violation;
import ru.opora.portal.util.UserDates;

/**
 * Terminates an agreement in force early, with the reason and the date of
 * termination (today when left empty).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_TERMINATE_AGREEMENT
	},
	service = MVCActionCommand.class
)
public class TerminateAgreementMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		String value = ParamUtil.getString(actionRequest, "terminationDate").trim();

		AgreementStep.process(
			actionRequest, actionResponse, _portal, "reason",
			(agreementId, text, serviceContext) -> _cooperationAgreementService.terminateAgreement(
				agreementId, text, _date(value, actionRequest), serviceContext));
	}

	/** The date entered, or the user's today. */
	private static LocalDate _date(String value, ActionRequest actionRequest) throws CooperationValidationException {
		if (value.isEmpty()) {
			return UserDates.today((ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY));
		}

		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw new CooperationValidationException(
				List.of(Violation.of("terminationDate", "invalid-date", value)));
		}
	}

	@Reference
	private CooperationAgreementService _cooperationAgreementService;

	@Reference
	private Portal _portal;

}
