package ru.opora.mentoring.web.internal.util;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.document.library.util.DLURLHelperUtil;
import com.liferay.document.library.kernel.exception.NoSuchFolderException;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.Folder;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Validator;

import java.io.IOException;
import java.io.InputStream;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentoring documents of a municipality site in its Document Library
 * (permission-checked through {@link DLAppService}): order scans in
 * «Наставничество / Приказы», the materials of a support event's report in
 * «Наставничество / Отчёты / Мероприятие N». Folders are created when first
 * needed.
 *
 * @author Opora
 */
public final class MentoringDocuments {

	public static final String ORDERS_FOLDER = "Приказы";

	public static final String REPORTS_FOLDER = "Отчёты";

	public static final String ROOT_FOLDER = "Наставничество";

	/** The folder of a path under the site's root folder, created if missing. */
	public static long folderId(
			DLAppService dlAppService, long groupId, ServiceContext serviceContext,
			String... path)
		throws PortalException {

		long folderId = DLFolderConstants.DEFAULT_PARENT_FOLDER_ID;

		for (String name : path) {
			Folder folder;

			try {
				folder = dlAppService.getFolder(groupId, folderId, name);
			}
			catch (NoSuchFolderException noSuchFolderException) {
				folder = dlAppService.addFolder(
					null, groupId, folderId, name, StringPool.BLANK,
					serviceContext);
			}

			folderId = folder.getFolderId();
		}

		return folderId;
	}

	/** The name of a support event's report folder. */
	/**
	 * The preview URL of a Document Library file, or null without one (or
	 * without the permission to view it).
	 */
	public static String previewURL(
		DLAppService dlAppService, long fileEntryId, ThemeDisplay themeDisplay) {

		if (fileEntryId <= 0) {
			return null;
		}

		try {
			FileEntry fileEntry = dlAppService.getFileEntry(fileEntryId);

			return DLURLHelperUtil.getPreviewURL(
				fileEntry, fileEntry.getFileVersion(), themeDisplay,
				StringPool.BLANK);
		}
		catch (PortalException portalException) {
			return null;
		}
	}

	public static String reportFolderName(long supportEventId) {
		return "Мероприятие " + supportEventId;
	}

	/**
	 * Stores every file of a multipart parameter in a folder; the files the
	 * user did not choose (empty parts) are skipped.
	 */
	public static List<FileEntry> upload(
			DLAppService dlAppService, long groupId, long folderId,
			UploadPortletRequest uploadPortletRequest, String parameterName,
			ServiceContext serviceContext)
		throws IOException, PortalException {

		List<FileEntry> fileEntries = new ArrayList<>();
		String[] fileNames = uploadPortletRequest.getFileNames(parameterName);
		InputStream[] inputStreams = uploadPortletRequest.getFilesAsStream(
			parameterName);

		if ((fileNames == null) || (inputStreams == null)) {
			return fileEntries;
		}

		for (int i = 0; (i < fileNames.length) && (i < inputStreams.length);
			 i++) {

			if (Validator.isNull(fileNames[i]) || (inputStreams[i] == null)) {
				continue;
			}

			try (InputStream inputStream = inputStreams[i]) {
				fileEntries.add(
					dlAppService.addFileEntry(
						null, groupId, folderId, fileNames[i],
						uploadPortletRequest.getContentType(parameterName),
						_uniqueTitle(fileNames[i]), StringPool.BLANK,
						StringPool.BLANK, StringPool.BLANK, inputStream, -1,
						null, null, serviceContext));
			}
		}

		return fileEntries;
	}

	/** Whether the multipart request carries a file in the parameter. */
	public static boolean hasFile(
		UploadPortletRequest uploadPortletRequest, String parameterName) {

		String[] fileNames = uploadPortletRequest.getFileNames(parameterName);

		if (fileNames == null) {
			return false;
		}

		for (String fileName : fileNames) {
			if (Validator.isNotNull(fileName)) {
				return true;
			}
		}

		return false;
	}

	/** Titles are unique in a folder: the file name with the time of upload. */
	private static String _uniqueTitle(String fileName) {
		return System.currentTimeMillis() + " " + fileName;
	}

	private MentoringDocuments() {
	}

}
