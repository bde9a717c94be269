package ru.opora.library.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.File;
import java.nio.file.Files;
import java.util.Arrays;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.library.MaterialMetadata;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.model.Material;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;

/**
 * Uploads a material with its metadata into the library (the site where the
 * portlet is names the municipality); a rejected upload shows the form again
 * with every wrong field named, a good one opens the material's card.
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"mvc.command.name=" + LibraryWebKeys.MVC_UPLOAD
	},
	service = MVCActionCommand.class
)
public class UploadMaterialMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		MaterialMetadata metadata = new MaterialMetadata(
			uploadPortletRequest.getParameter("title"),
			uploadPortletRequest.getParameter("description"),
			uploadPortletRequest.getParameter("subject"),
			uploadPortletRequest.getParameter("grades"),
			uploadPortletRequest.getParameter("type"),
			_values(uploadPortletRequest, "riskFactors"),
			_values(uploadPortletRequest, "competences"),
			uploadPortletRequest.getParameter("authorSchool"));

		String fileName = uploadPortletRequest.getFileName("file");
		File file = uploadPortletRequest.getFile("file");

		byte[] bytes = null;

		if ((file != null) && file.exists()) {
			bytes = Files.readAllBytes(file.toPath());
		}

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				Material.class.getName(), actionRequest);

			Material material = _libraryService.addMaterial(
				themeDisplay.getScopeGroupId(), metadata, fileName,
				uploadPortletRequest.getContentType("file"), bytes,
				serviceContext);

			SessionMessages.add(actionRequest, LibraryWebKeys.SUCCESS_UPLOADED);

			renderParameters.setValue(
				"mvcRenderCommandName", LibraryWebKeys.MVC_MATERIAL);
			renderParameters.setValue(
				"fileEntryId", String.valueOf(material.getFileEntryId()));
		}
		catch (MaterialValidationException materialValidationException) {
			SessionErrors.add(
				actionRequest, MaterialValidationException.class,
				materialValidationException);

			// The form names each wrong field; the portal's generic error is noise

			SessionMessages.add(
				actionRequest,
				_portal.getPortletId(actionRequest) +
					SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);

			for (String field : UploadMaterialMVCRenderCommand.FIELDS) {
				String[] values = uploadPortletRequest.getParameterValues(field);

				if (values != null) {
					renderParameters.setValue(field, String.join(",", values));
				}
			}

			renderParameters.setValue(
				"mvcRenderCommandName", LibraryWebKeys.MVC_UPLOAD);
		}
	}

	private static java.util.List<String> _values(
		UploadPortletRequest uploadPortletRequest, String name) {

		String[] values = uploadPortletRequest.getParameterValues(name);

		if (values == null) {
			return java.util.Collections.emptyList();
		}

		return Arrays.asList(values);
	}

	@Reference
	private LibraryService _libraryService;

	@Reference
	private Portal _portal;

}
