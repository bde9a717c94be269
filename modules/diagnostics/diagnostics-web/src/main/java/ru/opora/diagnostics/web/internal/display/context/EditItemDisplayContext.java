package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.ItemType;

/**
 * A new item (added to the draft, created from the latest version if
 * needed) or an existing one of the draft, with the form's values after a
 * rejected save.
 */
public class EditItemDisplayContext extends BankFormDisplayContext {

	public EditItemDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		long diagnosticItemId = ParamUtil.getLong(renderRequest, "diagnosticItemId");

		_item = (diagnosticItemId > 0) ?
			services.getDiagnosticItemService().getItem(getGroupId(), diagnosticItemId) : null;

		int version = newestVersion();

		_competences = (version == 0) ? List.of() :
			services.getDiagnosticItemService().getBankVersion(getGroupId(), version).competences();
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

	@Override
	public boolean isNew() {
		return _item == null;
	}

	@Override
	protected String storedValue(String field) {
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

	private final List<Competence> _competences;
	private final DiagnosticItem _item;

}
