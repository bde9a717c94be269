package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.document.library.kernel.model.DLVersionNumberIncrease;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.FileUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.cooperation.document.AgreementDocumentWriter;
import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.ActionResults;
import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.domain.validation.Violation;

/**
 * Replaces the region's agreement template (MANAGE_TEMPLATE, regional
 * coordinators): a DOCX whose placeholders are all known, stored as
 * {@link CooperationConstants#TEMPLATE_FILE_NAME} in the root of the
 * region's Documents and Media (a new version when it exists).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"mvc.command.name=" + CooperationWebKeys.MVC_UPLOAD_TEMPLATE
	},
	service = MVCActionCommand.class
)
public class UploadTemplateMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(ActionRequest actionRequest, ActionResponse actionResponse) throws Exception {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			com.liferay.portal.kernel.util.WebKeys.THEME_DISPLAY);

		if (!_cooperationServices.permissions(actionRequest).canManageTemplate()) {
			throw new PrincipalException.MustHavePermission(
				themeDisplay.getPermissionChecker(), CooperationConstants.RESOURCE_NAME,
				themeDisplay.getScopeGroupId(), "MANAGE_TEMPLATE");
		}

		UploadPortletRequest uploadPortletRequest = _portal.getUploadPortletRequest(actionRequest);

		try {
			byte[] bytes = _read(uploadPortletRequest);

			Set<String> unknown = new TreeSet<>(
				_agreementDocumentWriter.findPlaceholders(new ByteArrayInputStream(bytes)));

			unknown.removeAll(AgreementDocumentWriter.PLACEHOLDERS);

			if (!unknown.isEmpty()) {
				throw new CooperationValidationException(
					List.of(Violation.of("template", "template-unknown-placeholders", String.join(", ", unknown))));
			}

			long regionGroupId = _cooperationServices.getRegionGroupId(themeDisplay.getCompanyId());

			if (regionGroupId <= 0) {
				throw new CooperationValidationException(List.of(Violation.of("template", "region-site-not-found")));
			}

			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				CooperationAgreement.class.getName(), actionRequest);

			DLAppService dlAppService = _cooperationServices.getDLAppService();

			try {
				FileEntry fileEntry = dlAppService.getFileEntryByFileName(
					regionGroupId, DLFolderConstants.DEFAULT_PARENT_FOLDER_ID, CooperationConstants.TEMPLATE_FILE_NAME);

				dlAppService.updateFileEntry(
					fileEntry.getFileEntryId(), CooperationConstants.TEMPLATE_FILE_NAME,
					AgreementDocumentWriter.CONTENT_TYPE, fileEntry.getTitle(), StringPool.BLANK, StringPool.BLANK,
					StringPool.BLANK, DLVersionNumberIncrease.MINOR, bytes, null, null, serviceContext);
			}
			catch (NoSuchFileEntryException noSuchFileEntryException) {
				dlAppService.addFileEntry(
					null, regionGroupId, DLFolderConstants.DEFAULT_PARENT_FOLDER_ID,
					CooperationConstants.TEMPLATE_FILE_NAME, AgreementDocumentWriter.CONTENT_TYPE,
					CooperationConstants.TEMPLATE_FILE_NAME, StringPool.BLANK, StringPool.BLANK, StringPool.BLANK,
					bytes, null, null, serviceContext);
			}

			ActionResults.succeed(actionRequest, actionResponse, _portal);
		}
		catch (CooperationValidationException cooperationValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, _portal, cooperationValidationException,
				CooperationWebKeys.MVC_VIEW_AGREEMENTS);
		}
	}

	private byte[] _read(UploadPortletRequest uploadPortletRequest) throws CooperationValidationException {
		String fileName = uploadPortletRequest.getFileName("template");

		if (Validator.isNull(fileName)) {
			throw new CooperationValidationException(List.of(Violation.of("template", "required")));
		}

		try (InputStream inputStream = uploadPortletRequest.getFileAsStream("template")) {
			byte[] bytes = FileUtil.getBytes(inputStream);

			_agreementDocumentWriter.findPlaceholders(new ByteArrayInputStream(bytes));

			return bytes;
		}
		catch (IOException ioException) {
			throw new CooperationValidationException(List.of(Violation.of("template", "template-unreadable", fileName)));
		}
	}

	private final AgreementDocumentWriter _agreementDocumentWriter = new AgreementDocumentWriter();

	@Reference
	private CooperationServices _cooperationServices;

	@Reference
	private Portal _portal;

}
