package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.importer.TemplateWriter;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.XlsxResponses;

/**
 * The blank import workbook: the three sheets with their headers, comments
 * and drop-down lists. It holds no data, so anyone who sees the portlet may
 * have it.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_DOWNLOAD_TEMPLATE
	},
	service = MVCResourceCommand.class
)
public class DownloadTemplateMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		XlsxResponses.send(
			resourceResponse, TemplateWriter.FILE_NAME,
			new TemplateWriter()::write);
	}

}
