package ru.opora.riskprofile.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.ParamUtil;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.validation.Violation;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;

/**
 * Attaches an uploaded file (a signed scan, an annex) to the school's
 * documents of the year in Documents and Media; the service checks that the
 * user edits the school's documents.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"mvc.command.name=" + RiskProfileWebKeys.MVC_ADD_ATTACHMENT
	},
	service = MVCActionCommand.class
)
public class AddAttachmentMVCActionCommand extends BaseRiskMVCActionCommand {

	@Override
	protected String doAction(ActionRequest actionRequest) throws Exception {
		UploadPortletRequest uploadPortletRequest = portal.getUploadPortletRequest(actionRequest);

		try {
			File file = uploadPortletRequest.getFile("file");

			if ((file == null) || !file.exists() || (file.length() == 0)) {
				throw new RiskProfileValidationException(List.of(Violation.of("file", "required")));
			}

			_riskDocumentService.addAttachment(
				ParamUtil.getLong(uploadPortletRequest, "riskDocumentId"), uploadPortletRequest.getFileName("file"),
				uploadPortletRequest.getContentType("file"), Files.readAllBytes(file.toPath()));

			return "opora-risk-attachment-saved";
		}
		finally {
			uploadPortletRequest.cleanUp();
		}
	}

	@Override
	protected String getFormRenderCommandName() {
		return RiskProfileWebKeys.MVC_VIEW_DOCUMENT;
	}

	@Reference
	private RiskDocumentService _riskDocumentService;

}
