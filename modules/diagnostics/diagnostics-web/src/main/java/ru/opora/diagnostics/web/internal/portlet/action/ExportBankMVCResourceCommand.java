package ru.opora.diagnostics.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.servlet.HttpHeaders;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.OutputStream;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.BankColumns;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.BankSheet;
import ru.opora.schools.importer.TableWriter;

/**
 * A bank version as .xlsx in the import's format (MANAGE_BANK, checked by the
 * service): one row per area, competence and item, keys included.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"mvc.command.name=" + DiagnosticsWebKeys.MVC_EXPORT_BANK
	},
	service = MVCResourceCommand.class
)
public class ExportBankMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);
		int version = ParamUtil.getInteger(resourceRequest, "version");

		resourceResponse.setContentType(TableWriter.CONTENT_TYPE);
		resourceResponse.addProperty(
			HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bank-v" + version + ".xlsx\"");

		try (OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			new TableWriter("bank").write(
				BankColumns.headers(_diagnosticsServices.getLanguage(), themeDisplay.getLocale()),
				BankSheet.rows(
					_diagnosticsServices.getDiagnosticItemService().getBankVersion(
						themeDisplay.getScopeGroupId(), version)),
				outputStream);
		}
	}

	@Reference
	private DiagnosticsServices _diagnosticsServices;

}
