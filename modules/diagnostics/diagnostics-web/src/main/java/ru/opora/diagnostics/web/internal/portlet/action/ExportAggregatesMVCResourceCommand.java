package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;
import java.util.Locale;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.AggregateScope;
import ru.opora.diagnostics.web.internal.util.AggregateTable;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.schools.importer.TableWriter;

/**
 * The site's (or, for regional coordinators, the region's) aggregates as
 * .xlsx (the services check VIEW_AGGREGATES or the regional role): the
 * same table as the page, small groups suppressed, no individual data.
 * Written by the schools-import bundle's TableWriter (it embeds Apache POI).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EXPORT_AGGREGATES
	},
	service = MVCResourceCommand.class
)
public class ExportAggregatesMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);
		Locale locale = themeDisplay.getLocale();
		AggregateTable table = new AggregateTable(
			AggregateScope.aggregates(
				_diagnosticsServices, themeDisplay,
				AggregateScope.REGION.equals(ParamUtil.getString(resourceRequest, "scope"))),
			_diagnosticsServices.getAttemptService().getCompetenceNames(0),
			(key, arguments) -> _diagnosticsServices.getLanguage().format(locale, key, arguments, false));

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.addProperty(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnostics.xlsx\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter(_diagnosticsServices.getLanguage().get(locale, "diagnostics-aggregates")).write(
				table.headers(), table.rows(), outputStream);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
