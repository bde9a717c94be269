package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/** The bank's versions and the items of the chosen one (default: the newest, the draft if any). */
public class BankDisplayContext extends BaseDisplayContext {

	public BankDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_banks = services.getDiagnosticItemService().getBanks(getGroupId());

		int version = ParamUtil.getInteger(renderRequest, "version");
		ItemBank chosen = _banks.isEmpty() ? null : _banks.get(0);

		for (ItemBank bank : _banks) {
			if (bank.getVersion() == version) {
				chosen = bank;
			}
		}

		_bank = chosen;
		_items = (chosen == null) ? List.of() :
			services.getDiagnosticItemService().getItems(getGroupId(), chosen.getVersion());
	}

	public ItemBank getBank() {
		return _bank;
	}

	public List<ItemBank> getBanks() {
		return _banks;
	}

	public List<DiagnosticItem> getItems() {
		return _items;
	}

	public String getStatusLabel(ItemBank bank) {
		return message("diagnostics-bank-status-" + bank.getStatus());
	}

	public boolean isDraft() {
		return (_bank != null) && DiagnosticsConstants.BANK_STATUS_DRAFT.equals(_bank.getStatus());
	}

	private final ItemBank _bank;
	private final List<ItemBank> _banks;
	private final List<DiagnosticItem> _items;

}
