package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.servlet.HttpHeaders;

import java.io.OutputStream;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.AgreementRows;
import ru.opora.cooperation.web.internal.display.context.AgreementsDisplayContext;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.cooperation.web.internal.display.context.Labels;
import ru.opora.cooperation.web.internal.display.context.RegisterTable;
import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.cooperation.web.internal.util.RegisterFilters;
import ru.opora.schools.importer.TableWriter;

/**
 * The register with the screen's filters as .xlsx (the schools-import
 * bundle's TableWriter, which embeds Apache POI): exactly the rows the user
 * sees.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_EXPORT_AGREEMENTS
	},
	service = MVCResourceCommand.class
)
public class ExportAgreementsMVCResourceCommand extends BaseMVCResourceCommand {

	public static final String FILE_NAME = "opora-cooperation-agreements.xlsx";

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = _cooperationServices.themeDisplay(resourceRequest);
		CooperationPermissions permissions = _cooperationServices.permissions(resourceRequest);
		boolean region = _cooperationServices.isRegion(resourceRequest) && permissions.canViewAll();
		Labels labels = _cooperationServices.labels(resourceRequest);

		AgreementsDisplayContext agreementsDisplayContext = new AgreementsDisplayContext(
			null, labels, permissions, themeDisplay.getScopeGroupId(), region,
			AgreementRows.load(
				_cooperationServices.getCooperationAgreementService(), themeDisplay.getScopeGroupId(), region),
			RegisterFilters.of(resourceRequest));

		RegisterTable registerTable = new RegisterTable(labels);

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.setProperty(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		resourceResponse.setProperty(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter(
				labels.get("opora-cooperation-register")
			).write(
				registerTable.getHeaders(), registerTable.getRows(agreementsDisplayContext.getRows()), outputStream
			);
		}
	}

	@Reference
	private CooperationServices _cooperationServices;

}
