package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.feature.OporaFeature;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.display.context.SchoolsDisplayContext;
import ru.opora.riskprofile.web.internal.util.RiskServices;
import ru.opora.schools.importer.TableWriter;

/**
 * The monitoring view of the schools the user may see, for a year, as an
 * Excel workbook (the schools import's table writer, POI embedded there);
 * nothing when the municipality has the feature switched off.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_EXPORT_MONITORING
	},
	service = MVCResourceCommand.class
)
public class ExportMonitoringMVCResourceCommand extends BaseMVCResourceCommand {

	public static final String FILE_NAME = "opora-risk-monitoring.xlsx";

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);

		if (!_riskServices.getOporaFeatureService().isEnabled(
				themeDisplay.getScopeGroupId(), OporaFeature.RISK_PROFILES)) {

			throw new PrincipalException("The risk profiles are switched off in site " + themeDisplay.getScopeGroupId());
		}

		SchoolsDisplayContext schoolsDisplayContext = new SchoolsDisplayContext(
			resourceRequest, resourceResponse, _riskServices);

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.setProperty(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		resourceResponse.setProperty(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter(
				schoolsDisplayContext.label("opora-risk-monitoring") + " " + schoolsDisplayContext.getYear()
			).write(
				schoolsDisplayContext.getExportHeaders(), schoolsDisplayContext.getExportRows(), outputStream
			);
		}
	}

	@Reference
	private RiskServices _riskServices;

}
