package ru.opora.schools.web.internal.util;

import com.liferay.portal.kernel.servlet.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;

import javax.portlet.ResourceResponse;

import ru.opora.schools.importer.TableWriter;

/**
 * Sends an .xlsx workbook as the answer to a resource request, as a download
 * with the given (ASCII) file name.
 *
 * @author Opora
 */
public final class XlsxResponses {

	public static final String CONTENT_TYPE = TableWriter.CONTENT_TYPE;

	/** Writes the workbook into an output stream. */
	public interface WorkbookWriter {

		public void write(OutputStream outputStream) throws IOException;

	}

	public static void send(
			ResourceResponse resourceResponse, String fileName,
			WorkbookWriter workbookWriter)
		throws IOException {

		resourceResponse.setContentType(CONTENT_TYPE);
		resourceResponse.setProperty(
			HttpHeaders.CACHE_CONTROL, "private, no-cache");
		resourceResponse.setProperty(
			HttpHeaders.CONTENT_DISPOSITION,
			"attachment; filename=\"" + fileName + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			workbookWriter.write(outputStream);
		}
	}

	private XlsxResponses() {
	}

}
