package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ResultsWorkbook;
import ru.opora.domain.diagnostics.ResultsSheet;

/**
 * The import of a regional centre's results (IMPORT_RESULTS in the site):
 * the workbook's columns, the competences of the latest published bank and
 * the outcome of the last import.
 */
public class ImportResultsDisplayContext extends BaseDisplayContext {

	public ImportResultsDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		services.getPortletResourcePermission().check(
			themeDisplay.getPermissionChecker(), getGroupId(), DiagnosticsActionKeys.IMPORT_RESULTS);

		_competenceNames = services.getAttemptService().getCompetenceNames(0);

		Object imported = SessionMessages.get(renderRequest, DiagnosticsWebKeys.RESULTS_IMPORTED);

		_imported = (imported instanceof Integer) ? (Integer)imported : null;
	}

	/** Competence code → name of the latest published bank, in bank order (empty: nothing published). */
	public Map<String, String> getCompetenceNames() {
		return _competenceNames;
	}

	/** The fixed columns A–D: their translated headers. */
	public List<String> getFixedHeaders() {
		return ResultsWorkbook.headers(services.getLanguage(), themeDisplay.getLocale(), Map.of());
	}

	/** Help text of a fixed column (A–D), by position. */
	public String getFixedHelp(int index) {
		return services.getLanguage().get(
			themeDisplay.getLocale(), "diagnostics-results-column-" + ResultsSheet.COLUMNS.get(index) + "-help");
	}

	/** How many results the last import stored; null if none was just made. */
	public Integer getImported() {
		return _imported;
	}

	public String getLetter(int index) {
		return ResultsSheet.letter(index);
	}

	public boolean isBankPublished() {
		return !_competenceNames.isEmpty();
	}

	private final Map<String, String> _competenceNames;
	private final Integer _imported;

}
