package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.AreaKind;

/** The bank's versions and the areas, competences and items of the chosen one (default: the newest, the draft if any). */
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
		_areas = (chosen == null) ? List.of() :
			services.getDiagnosticItemService().getCompetenceAreas(getGroupId(), chosen.getVersion());
		_competences = (chosen == null) ? List.of() :
			services.getDiagnosticItemService().getCompetences(getGroupId(), chosen.getVersion());
		_changeable = services.getDiagnosticItemService().canChangeBank(getGroupId());
	}

	/** Areas and competences can be added to the draft, or to a new draft when there is none yet. */
	public boolean canAdd() {
		if (!_changeable) {
			return false;
		}

		for (ItemBank bank : _banks) {
			if (DiagnosticsConstants.BANK_STATUS_DRAFT.equals(bank.getStatus())) {
				return isDraft();
			}
		}

		return true;
	}

	public List<CompetenceArea> getAreas() {
		return _areas;
	}

	/** The area's kind and, for a subject area, its subject: "Subject: Математика". */
	public String getAreaKindLabel(CompetenceArea area) {
		AreaKind kind = AreaKind.ofCode(area.getKind());
		String label = (kind == null) ? area.getKind() : message(kind.labelKey());

		return Validator.isBlank(area.getSubject()) ? label : (label + ": " + area.getSubject());
	}

	/** How many competences of the shown version are in an area. */
	public int getCompetenceCount(String areaCode) {
		int count = 0;

		for (Competence competence : _competences) {
			if (competence.getAreaCode().equals(areaCode)) {
				count++;
			}
		}

		return count;
	}

	public List<Competence> getCompetences() {
		return _competences;
	}

	/** How many items of the shown version measure a competence. */
	public int getItemCount(String competenceCode) {
		int count = 0;

		for (DiagnosticItem item : _items) {
			if (item.getCompetenceCode().equals(competenceCode)) {
				count++;
			}
		}

		return count;
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

	/** The bank is changed from this site (the region's, see the diagnostics configuration). */
	public boolean isChangeable() {
		return _changeable;
	}

	/** The shown version is the draft and the bank is changed from this site: rows have edit and delete links. */
	public boolean isEditable() {
		return _changeable && isDraft();
	}

	public boolean isDraft() {
		return (_bank != null) && DiagnosticsConstants.BANK_STATUS_DRAFT.equals(_bank.getStatus());
	}

	private final List<CompetenceArea> _areas;
	private final ItemBank _bank;
	private final List<ItemBank> _banks;
	private final boolean _changeable;
	private final List<Competence> _competences;
	private final List<DiagnosticItem> _items;

}
