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
 * Removes an item from the draft bank.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_DELETE_ITEM
	},
	service = MVCActionCommand.class
)
public class DeleteItemMVCActionCommand extends BaseDeleteFromBankMVCActionCommand {

	@Override
	protected void delete(DiagnosticItemService diagnosticItemService, long groupId, long id) throws PortalException {
		diagnosticItemService.deleteItem(groupId, id);
	}

	@Override
	protected DiagnosticsServices getDiagnosticsServices() {
		return _diagnosticsServices;
	}

	@Override
	protected String getIdParameter() {
		return "diagnosticItemId";
	}

	@Override
	protected String getSuccessKey() {
		return "diagnostics-item-deleted";
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
