package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;

import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.portlet.ActionRequest;

/** The rows of an uploaded .xlsx file (first sheet, header included). */
public final class UploadedWorkbook {

	/** Null if no file was sent or it is not a readable workbook. */
	public static List<List<String>> read(Portal portal, ActionRequest actionRequest, String parameterName) {
		UploadPortletRequest uploadPortletRequest = portal.getUploadPortletRequest(actionRequest);
		File file = uploadPortletRequest.getFile(parameterName);

		if ((file == null) || !file.exists()) {
			return null;
		}

		try {
			return XlsxTable.read(file);
		}
		catch (IOException ioException) {
			return null;
		}
	}

	private UploadedWorkbook() {
	}

}
