package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/** A new competence of the draft bank or an existing one (its code stays), with the areas to choose from. */
public class EditCompetenceDisplayContext extends BankFormDisplayContext {

	public EditCompetenceDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		long competenceId = ParamUtil.getLong(renderRequest, "competenceId");

		_competence = (competenceId > 0) ?
			services.getDiagnosticItemService().getCompetence(getGroupId(), competenceId) : null;

		int version = (_competence == null) ? newestVersion() : _competence.getVersion();

		_areas = (version == 0) ? List.of() :
			services.getDiagnosticItemService().getCompetenceAreas(getGroupId(), version);
	}

	/** The areas of the draft (or of the version the draft will copy). */
	public List<CompetenceArea> getAreas() {
		return _areas;
	}

	public long getCompetenceId() {
		return (_competence == null) ? 0 : _competence.getCompetenceId();
	}

	@Override
	public boolean isNew() {
		return _competence == null;
	}

	@Override
	protected String storedValue(String field) {
		if (_competence == null) {
			return "itemsPerSession".equals(field) ? "3" : "";
		}

		switch (field) {
			case "code":
				return _competence.getCode();
			case "areaCode":
				return _competence.getAreaCode();
			case "name":
				return _competence.getName();
			case "threshold":
				return String.valueOf(_competence.getThreshold());
			case "itemsPerSession":
				return String.valueOf(_competence.getItemsPerSession());
			default:
				return "";
		}
	}

	private final List<CompetenceArea> _areas;
	private final Competence _competence;

}
