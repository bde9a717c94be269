package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.importer.TableWriter;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.LanguageTranslator;
import ru.opora.schools.web.internal.display.context.SchoolSummary;
import ru.opora.schools.web.internal.display.context.SchoolsListQuery;
import ru.opora.schools.web.internal.display.context.SchoolsTable;
import ru.opora.schools.web.internal.display.context.SiteSchools;
import ru.opora.schools.web.internal.display.context.Translator;
import ru.opora.schools.web.internal.util.XlsxResponses;

/**
 * The schools list as an Excel workbook: every school of the current site
 * the list shows for the request's filters, search and order (all pages),
 * with the list's columns and headers in the user's language.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_EXPORT_SCHOOLS
	},
	service = MVCResourceCommand.class
)
public class ExportSchoolsMVCResourceCommand extends BaseMVCResourceCommand {

	public static final String FILE_NAME = "opora-schools.xlsx";

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		SiteSchools siteSchools = SiteSchools.forPage(
			themeDisplay, _configurationProvider,
			SiteSchools.municipalityNames(
				_groupLocalService, themeDisplay.getLocale()),
			_schoolService, _assessmentResultService, _schoolContextService);

		List<SchoolSummary> schoolSummaries = new SchoolsListQuery(
			resourceRequest
		).apply(
			siteSchools.getSummaries(), themeDisplay.getLocale()
		);

		Translator translator = new LanguageTranslator(
			_portal.getHttpServletRequest(resourceRequest));

		SchoolsTable schoolsTable = new SchoolsTable(translator, siteSchools);

		XlsxResponses.send(
			resourceResponse, FILE_NAME,
			outputStream -> new TableWriter(
				translator.get("opora-schools-of-the-municipality")
			).write(
				schoolsTable.getHeaders(),
				schoolsTable.getRows(schoolSummaries), outputStream
			));
	}

	@Reference
	private AssessmentResultService _assessmentResultService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private Portal _portal;

	@Reference
	private SchoolContextService _schoolContextService;

	@Reference
	private SchoolService _schoolService;

}
