package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.ItemType;

/**
 * A new item (added to the draft, created from the latest version if
 * needed) or an existing one of the draft, with the form's values after a
 * rejected save.
 */
public class EditItemDisplayContext extends BaseDisplayContext {

	public EditItemDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		long diagnosticItemId = ParamUtil.getLong(renderRequest, "diagnosticItemId");

		_item = (diagnosticItemId > 0) ?
			services.getDiagnosticItemService().getItem(getGroupId(), diagnosticItemId) : null;

		List<ItemBank> banks = services.getDiagnosticItemService().getBanks(getGroupId());

		_competences = banks.isEmpty() ? List.of() :
			services.getDiagnosticItemService().getBankVersion(getGroupId(), banks.get(0).getVersion()).competences();
	}

	public List<Competence> getCompetences() {
		return _competences;
	}

	public long getDiagnosticItemId() {
		return (_item == null) ? 0 : _item.getDiagnosticItemId();
	}

	public List<ItemType> getTypes() {
		return new ArrayList<>(List.of(ItemType.values()));
	}

	/** The value of a field: the submitted one after an error, else the item's. */
	public String getValue(String field) {
		String submitted = ParamUtil.getString(renderRequest, field, null);

		if (submitted != null) {
			return submitted;
		}

		if (_item == null) {
			return "weight".equals(field) ? "1" : "";
		}

		switch (field) {
			case "code":
				return _item.getCode();
			case "competenceCode":
				return _item.getCompetenceCode();
			case "itemType":
				return _item.getItemType();
			case "text":
				return _item.getText();
			case "options":
				return _item.getOptions();
			case "matches":
				return _item.getMatches();
			case "scoringKey":
				return _item.getScoringKey();
			case "weight":
				return String.valueOf(_item.getWeight());
			default:
				return "";
		}
	}

	public boolean isNew() {
		return _item == null;
	}

	private final List<Competence> _competences;
	private final DiagnosticItem _item;

}
