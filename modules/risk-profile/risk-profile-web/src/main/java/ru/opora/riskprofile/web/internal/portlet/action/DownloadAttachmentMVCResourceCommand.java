package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Sends a file attached to a school's documents to whoever may view the
 * document: the files carry no Documents and Media permission for the site,
 * so they are read through the permission-checked service.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_DOWNLOAD_ATTACHMENT
	},
	service = MVCResourceCommand.class
)
public class DownloadAttachmentMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		FileEntry fileEntry = _riskDocumentService.getAttachment(
			ParamUtil.getLong(resourceRequest, "riskDocumentId"), ParamUtil.getLong(resourceRequest, "fileEntryId"));

		PortletResponseUtil.sendFile(
			resourceRequest, resourceResponse, fileEntry.getFileName(), fileEntry.getContentStream(),
			fileEntry.getMimeType());
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
