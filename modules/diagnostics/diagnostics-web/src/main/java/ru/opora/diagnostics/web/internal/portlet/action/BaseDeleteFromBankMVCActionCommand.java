package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.service.DiagnosticItemService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.ActionSupport;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Removes an element of the draft bank (POST, confirmed on the page); a
 * refusal (published version, dependants) is shown on the bank page with its
 * reason; a missing permission is not swallowed.
 *
 * @author Opora
 */
public abstract class BaseDeleteFromBankMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		DiagnosticsServices diagnosticsServices = getDiagnosticsServices();

		try {
			delete(
				diagnosticsServices.getDiagnosticItemService(),
				diagnosticsServices.getPortal().getScopeGroupId(actionRequest),
				ParamUtil.getLong(actionRequest, getIdParameter()));

			ActionSupport.succeeded(actionRequest, getSuccessKey());
		}
		catch (DiagnosticsValidationException diagnosticsValidationException) {
			ActionSupport.rejected(actionRequest, diagnosticsServices.getLanguage(), diagnosticsValidationException);
		}

		ActionSupport.go(actionResponse, DiagnosticsWebKeys.MVC_BANK);
	}

	protected abstract void delete(DiagnosticItemService diagnosticItemService, long groupId, long id)
		throws PortalException;

	protected abstract DiagnosticsServices getDiagnosticsServices();

	protected abstract String getIdParameter();

	protected abstract String getSuccessKey();

}
