package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.net.HttpURLConnection;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.importer.ReportWriter;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.LastImport;
import ru.opora.schools.web.internal.util.XlsxResponses;

/**
 * The rejected rows of the user's last import (from the file and from
 * storing) as a workbook, in the user's language. Without a last import in
 * the session: 404.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_DOWNLOAD_IMPORT_REPORT
	},
	service = MVCResourceCommand.class
)
public class DownloadImportReportMVCResourceCommand
	extends BaseMVCResourceCommand {

	public static final String FILE_NAME = "opora-import-errors.xlsx";

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		LastImport lastImport = LastImport.get(resourceRequest);

		if (lastImport == null) {
			resourceResponse.setProperty(
				ResourceResponse.HTTP_STATUS_CODE,
				String.valueOf(HttpURLConnection.HTTP_NOT_FOUND));

			return;
		}

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ReportWriter reportWriter = new ReportWriter(themeDisplay.getLocale());

		XlsxResponses.send(
			resourceResponse, FILE_NAME,
			outputStream -> reportWriter.writeErrors(
				lastImport.getSchoolImportResult(
				).getErrors(),
				outputStream));
	}

}
