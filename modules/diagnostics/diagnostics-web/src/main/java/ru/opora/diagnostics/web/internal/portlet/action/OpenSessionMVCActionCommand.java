package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Opens a diagnostic for the chosen teachers of a school (the site comes from
 * the page, never from the request); dates are days (yyyy-MM-dd).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_OPEN_SESSION
	},
	service = MVCActionCommand.class
)
public class OpenSessionMVCActionCommand extends BaseMVCActionCommand {

	/** A day of a date input as UTC midnight, or null. */
	static Date day(String text) {
		try {
			return Date.from(LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		catch (DateTimeParseException dateTimeParseException) {
			return null;
		}
	}

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		try {
			_diagnosticsServices.getDiagnosticSessionService().openSession(
				_diagnosticsServices.getPortal().getScopeGroupId(actionRequest),
				ParamUtil.getString(actionRequest, "name"), ParamUtil.getLong(actionRequest, "schoolId"),
				ParamUtil.getString(actionRequest, "subject"), day(ParamUtil.getString(actionRequest, "startDate")),
				day(ParamUtil.getString(actionRequest, "endDate")), ParamUtil.getInteger(actionRequest, "timeLimit"),
				_longValues(actionRequest.getParameterValues("teacherUserIds")));

			ActionSupport.succeeded(actionRequest, "diagnostics-session-opened");
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, _diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_OPEN_SESSION);
	}

	private static long[] _longValues(String[] values) {
		return (values == null) ? new long[0] : GetterUtil.getLongValues(values);
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
