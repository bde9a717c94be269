package ru.opora.library.web.internal.portlet.action;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.document.library.util.DLURLHelper;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.library.model.Material;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.library.web.internal.display.context.MaterialDisplayContext;
import ru.opora.library.web.internal.display.context.Translator;

/**
 * A material's card with its download link; a material the user may not see
 * (or that is not one) shows "not found".
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"mvc.command.name=" + LibraryWebKeys.MVC_MATERIAL
	},
	service = MVCRenderCommand.class
)
public class ViewMaterialMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long fileEntryId = ParamUtil.getLong(renderRequest, "fileEntryId");

		try {
			Material material = _libraryService.getMaterial(
				themeDisplay.getScopeGroupId(), fileEntryId);

			FileEntry fileEntry = _dlAppService.getFileEntry(fileEntryId);

			Translator translator = Translator.of(themeDisplay.getLocale());

			renderRequest.setAttribute(
				LibraryWebKeys.DISPLAY_CONTEXT,
				new MaterialDisplayContext(
					material,
					_dlURLHelper.getDownloadURL(
						fileEntry, fileEntry.getLatestFileVersion(),
						themeDisplay, ""),
					LibraryScreens.labels(
						_libraryService, themeDisplay, translator),
					translator));
		}
		catch (NoSuchFileEntryException | PrincipalException exception) {
			return "/not_found.jsp";
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/material.jsp";
	}

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private DLURLHelper _dlURLHelper;

	@Reference
	private LibraryService _libraryService;

}
