package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;
import java.util.List;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.ResultsWorkbook;
import ru.opora.schools.importer.TableWriter;

/**
 * The empty results workbook to fill in (IMPORT_RESULTS): the header row with
 * the fixed columns in the viewer's language and one column per competence
 * of the latest published bank (code and name).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_RESULTS_TEMPLATE
	},
	service = MVCResourceCommand.class
)
public class ResultsTemplateMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);

		_diagnosticsServices.getPortletResourcePermission().check(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(), DiagnosticsActionKeys.IMPORT_RESULTS);

		List<String> headers = ResultsWorkbook.headers(
			_diagnosticsServices.getLanguage(), themeDisplay.getLocale(),
			_diagnosticsServices.getAttemptService().getCompetenceNames(0));

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.addProperty(
			HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnostic-results-template.xlsx\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter("results").write(headers, List.of(), outputStream);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
