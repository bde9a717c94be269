package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import java.io.InputStream;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.AgreementDocuments;
import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.domain.validation.Violation;

/**
 * Stores a file in the agreement's folder: the signed scan (remembered on the
 * agreement) or an annex, as the user chose.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_UPLOAD_SCAN
	},
	service = MVCActionCommand.class
)
public class UploadScanMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		UploadPortletRequest uploadPortletRequest = _portal.getUploadPortletRequest(actionRequest);

		boolean signedScan = ParamUtil.getBoolean(uploadPortletRequest, "signedScan");
		String fileName = uploadPortletRequest.getFileName("file");

		AgreementStep.process(
			actionRequest, actionResponse, _portal, null,
			(agreementId, text, serviceContext) -> {
				if (Validator.isNull(fileName)) {
					throw new CooperationValidationException(List.of(Violation.of("file", "required")));
				}

				CooperationAgreementService service = _cooperationServices.getCooperationAgreementService();
				DLAppService dlAppService = _cooperationServices.getDLAppService();

				CooperationAgreement agreement = service.getAgreement(agreementId);

				long folderId = AgreementDocuments.folderId(dlAppService, service, agreement, serviceContext);

				FileEntry fileEntry;

				try (InputStream inputStream = uploadPortletRequest.getFileAsStream("file")) {
					fileEntry = dlAppService.addFileEntry(
						null, agreement.getGroupId(), folderId, fileName, uploadPortletRequest.getContentType("file"),
						System.currentTimeMillis() + " " + fileName, StringPool.BLANK, StringPool.BLANK,
						StringPool.BLANK, inputStream, uploadPortletRequest.getSize("file"), null, null,
						serviceContext);
				}
				catch (java.io.IOException ioException) {
					throw new CooperationValidationException(
						List.of(Violation.of("file", "file-unreadable", fileName)));
				}

				if (signedScan) {
					service.setSignedScan(agreementId, fileEntry.getFileEntryId());
				}
			});
	}

	@Reference
	private CooperationServices _cooperationServices;

	@Reference
	private Portal _portal;

}
