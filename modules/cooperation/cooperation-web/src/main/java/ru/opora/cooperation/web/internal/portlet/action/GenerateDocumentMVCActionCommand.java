package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.util.Portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.document.AgreementDocumentWriter;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.AgreementDocuments;
import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.domain.validation.Violation;

/**
 * Generates the agreement as DOCX from the region's template (or the default
 * one) and stores it in the agreement's folder; the agreement remembers the
 * file.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_GENERATE_DOCUMENT
	},
	service = MVCActionCommand.class
)
public class GenerateDocumentMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		AgreementStep.process(
			actionRequest, actionResponse, _portal, null,
			(agreementId, text, serviceContext) -> {
				CooperationAgreementService service = _cooperationServices.getCooperationAgreementService();
				DLAppService dlAppService = _cooperationServices.getDLAppService();

				CooperationAgreement agreement = service.getAgreement(agreementId);

				ByteArrayOutputStream out = new ByteArrayOutputStream();

				try (InputStream template = AgreementDocuments.openRegionTemplate(
						dlAppService, _cooperationServices.getRegionGroupId(agreement.getCompanyId()))) {

					_agreementDocumentWriter.write(
						service.getAgreementData(agreementId), agreement.getVersion(), template, out);
				}
				catch (IOException ioException) {
					throw new CooperationValidationException(
						List.of(Violation.of("template", "template-unreadable", ioException.getMessage())));
				}

				long folderId = AgreementDocuments.folderId(dlAppService, service, agreement, serviceContext);

				String fileName = "Договор " + agreement.getNumber().replaceAll("[\\\\/:*?\"<>|]", "-") + " ред. " +
					agreement.getVersion() + " " + System.currentTimeMillis() + ".docx";

				FileEntry fileEntry = dlAppService.addFileEntry(
					null, agreement.getGroupId(), folderId, fileName, AgreementDocumentWriter.CONTENT_TYPE, fileName,
					StringPool.BLANK, StringPool.BLANK, StringPool.BLANK, out.toByteArray(), null, null,
					serviceContext);

				service.setDocument(agreementId, fileEntry.getFileEntryId());
			});
	}

	private final AgreementDocumentWriter _agreementDocumentWriter = new AgreementDocumentWriter();

	@Reference
	private CooperationServices _cooperationServices;

	@Reference
	private Portal _portal;

}
