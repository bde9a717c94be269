package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.servlet.HttpHeaders;

import java.io.InputStream;
import java.io.OutputStream;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.document.AgreementDocumentWriter;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.AgreementDocuments;
import ru.opora.cooperation.web.internal.util.CooperationServices;

/**
 * The agreement template in use: the region's, or the default one of the
 * document bundle, to edit in a word processor and upload again.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_DOWNLOAD_TEMPLATE
	},
	service = MVCResourceCommand.class
)
public class DownloadTemplateMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = _cooperationServices.themeDisplay(resourceRequest);

		InputStream template = AgreementDocuments.openRegionTemplate(
			_cooperationServices.getDLAppService(), _cooperationServices.getRegionGroupId(themeDisplay.getCompanyId()));

		if (template == null) {
			template = AgreementDocumentWriter.openDefaultTemplate();
		}

		resourceResponse.setContentType(AgreementDocumentWriter.CONTENT_TYPE);
		resourceResponse.setProperty(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		resourceResponse.setProperty(
			HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CooperationConstants.TEMPLATE_FILE_NAME + "\"");

		try (InputStream inputStream = template; OutputStream outputStream = resourceResponse.getPortletOutputStream()) {
			inputStream.transferTo(outputStream);
		}
	}

	@Reference
	private CooperationServices _cooperationServices;

}
