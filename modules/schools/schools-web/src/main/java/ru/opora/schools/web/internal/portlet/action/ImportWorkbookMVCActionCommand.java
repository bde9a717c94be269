package ru.opora.schools.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadException;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.File;
import java.io.InputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.schools.constants.SchoolsPortletKeys;
import ru.opora.schools.exception.ImportFileRejectedException;
import ru.opora.schools.exception.ImportRejectedException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ImportModes;
import ru.opora.schools.web.internal.util.LastImport;

/**
 * Imports an uploaded workbook into the current site in the chosen mode.
 * The upload is copied to a temporary file (the importer reads it twice),
 * which is deleted whatever happens. The result goes to the portlet session
 * and the result screen; an all-or-nothing import with rejected rows shows
 * the same screen saying nothing was stored; a refused file brings the form
 * back with the reason. A missing permission propagates.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS,
		"mvc.command.name=" + SchoolsWebKeys.MVC_IMPORT_WORKBOOK
	},
	service = MVCActionCommand.class
)
public class ImportWorkbookMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		ImportMode importMode = ImportModes.parse(
			ParamUtil.getString(uploadPortletRequest, "mode"));

		UploadException uploadException =
			(UploadException)actionRequest.getAttribute(
				WebKeys.UPLOAD_EXCEPTION);

		if (uploadException != null) {
			SessionErrors.add(
				actionRequest, UploadException.class, uploadException);

			_showFormAgain(actionRequest, actionResponse, importMode);

			return;
		}

		String fileName = uploadPortletRequest.getFileName("file");
		Path tempFile = null;

		try (InputStream inputStream = uploadPortletRequest.getFileAsStream(
				"file")) {

			if ((inputStream == null) || Validator.isNull(fileName)) {
				SessionErrors.add(
					actionRequest, SchoolsWebKeys.ERROR_FILE_REQUIRED);

				_showFormAgain(actionRequest, actionResponse, importMode);

				return;
			}

			tempFile = Files.createTempFile("opora-import-", ".xlsx");

			Files.copy(
				inputStream, tempFile, StandardCopyOption.REPLACE_EXISTING);

			_import(
				actionRequest, actionResponse, fileName, tempFile.toFile(),
				importMode);
		}
		catch (ImportFileRejectedException importFileRejectedException) {
			SessionErrors.add(
				actionRequest, ImportFileRejectedException.class,
				importFileRejectedException);

			_showFormAgain(actionRequest, actionResponse, importMode);
		}
		finally {
			if (tempFile != null) {
				Files.deleteIfExists(tempFile);
			}

			uploadPortletRequest.cleanUp();
		}
	}

	private void _hideDefaultErrorMessage(ActionRequest actionRequest) {
		SessionMessages.add(
			actionRequest,
			_portal.getPortletId(actionRequest) +
				SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);
	}

	private void _import(
			ActionRequest actionRequest, ActionResponse actionResponse,
			String fileName, File file, ImportMode importMode)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			School.class.getName(), actionRequest);

		LastImport lastImport = null;

		try {
			SchoolImportResult schoolImportResult =
				_schoolService.importWorkbook(
					themeDisplay.getScopeGroupId(), file, importMode,
					serviceContext);

			lastImport = new LastImport(fileName, schoolImportResult, false);
		}
		catch (ImportRejectedException importRejectedException) {
			lastImport = new LastImport(
				fileName, importRejectedException.getResult(), true);

			SessionErrors.add(
				actionRequest, ImportRejectedException.class,
				importRejectedException);

			_hideDefaultErrorMessage(actionRequest);
		}

		lastImport.store(actionRequest);

		// The result screen sums the import up; "request completed" would mislead after a check with errors

		SessionMessages.add(
			actionRequest,
			_portal.getPortletId(actionRequest) +
				SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_SUCCESS_MESSAGE);

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_VIEW_IMPORT_RESULT
		);
	}

	private void _showFormAgain(
		ActionRequest actionRequest, ActionResponse actionResponse,
		ImportMode importMode) {

		_hideDefaultErrorMessage(actionRequest);

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		renderParameters.setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_IMPORT_WORKBOOK);
		renderParameters.setValue("mode", importMode.name());
	}

	@Reference
	private Portal _portal;

	@Reference
	private SchoolService _schoolService;

}
