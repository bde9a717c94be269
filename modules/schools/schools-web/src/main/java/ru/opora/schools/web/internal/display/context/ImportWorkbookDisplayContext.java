package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.schools.exception.ImportFileRejectedException;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.importer.MessageFormatter;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.util.ImportModes;
import ru.opora.schools.web.internal.util.LastImport;

/**
 * The import form: the workbook to upload, the mode (validate only by
 * default), the template, and why the last file was refused, if it was.
 *
 * @author Opora
 */
public class ImportWorkbookDisplayContext extends BaseSchoolsDisplayContext {

	public ImportWorkbookDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal) {

		super(renderRequest, renderResponse, portal);
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_IMPORT_WORKBOOK
		).buildString();
	}

	/** Why the whole file was refused, in the user's language; null if it was not. */
	public String getFileRejectedMessage() {
		Object error = SessionErrors.get(
			renderRequest, ImportFileRejectedException.class.getName());

		if (!(error instanceof ImportFileRejectedException)) {
			return null;
		}

		ImportFileRejectedException importFileRejectedException =
			(ImportFileRejectedException)error;

		return new MessageFormatter(
			locale
		).message(
			importFileRejectedException.getKey(),
			importFileRejectedException.getArguments()
		);
	}

	public String getLastImportURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_IMPORT_RESULT
		).buildString();
	}

	public ImportMode getMode() {
		return ImportModes.parse(ParamUtil.getString(renderRequest, "mode"));
	}

	/** The modes in the order of the form, with labels and explanations. */
	public List<ModeOption> getModeOptions() {
		List<ModeOption> modeOptions = new ArrayList<>();
		ImportMode selected = getMode();

		for (ImportMode importMode : ImportModes.OFFERED) {
			modeOptions.add(
				new ModeOption(
					importMode.name(),
					translator.get(ImportModes.labelKey(importMode)),
					translator.get(ImportModes.helpKey(importMode)),
					importMode == selected));
		}

		return modeOptions;
	}

	public String getTemplateURL() {
		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setResourceID(
			SchoolsWebKeys.MVC_DOWNLOAD_TEMPLATE
		).buildString();
	}

	public String getViewSchoolsURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	/** Whether this session has an import whose result can be seen again. */
	public boolean hasLastImport() {
		return LastImport.get(renderRequest) != null;
	}

	/** One choice of the mode radio buttons. */
	public static class ModeOption {

		public ModeOption(
			String value, String label, String help, boolean selected) {

			_value = value;
			_label = label;
			_help = help;
			_selected = selected;
		}

		public String getHelp() {
			return _help;
		}

		public String getLabel() {
			return _label;
		}

		public String getValue() {
			return _value;
		}

		public boolean isSelected() {
			return _selected;
		}

		private final String _help;
		private final String _label;
		private final boolean _selected;
		private final String _value;

	}

}
