package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.service.DiagnosticItemService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * Removes a competence from the draft bank; refused while items measure it.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_DELETE_COMPETENCE
	},
	service = MVCActionCommand.class
)
public class DeleteCompetenceMVCActionCommand extends BaseDeleteFromBankMVCActionCommand {

	@Override
	protected void delete(DiagnosticItemService diagnosticItemService, long groupId, long id) throws PortalException {
		diagnosticItemService.deleteCompetence(groupId, id);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getIdParameter() {
		return "competenceId";
	}

	@Override
	protected String getSuccessKey() {
		return "diagnostics-competence-deleted";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
