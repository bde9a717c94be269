package ru.opora.cooperation.web.internal.util;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.exception.NoSuchFolderException;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.Folder;
import com.liferay.portal.kernel.service.ServiceContext;

import java.io.InputStream;

import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;

/**
 * The Document Library side of agreements, permission-checked through
 * {@link com.liferay.document.library.kernel.service.DLAppService}: a folder
 * per agreement under «Договоры о сетевом взаимодействии» of the agreement's
 * site (created when first needed, remembered on the agreement), and the
 * region's template: a file {@link CooperationConstants#TEMPLATE_FILE_NAME}
 * in the root of the region's site.
 *
 * @author Opora
 */
public final class AgreementDocuments {

	public static final String ROOT_FOLDER = "Договоры о сетевом взаимодействии";

	/** The agreement's folder, created (and stored on the agreement) if missing. */
	public static long folderId(
			com.liferay.document.library.kernel.service.DLAppService dlAppService,
			CooperationAgreementService cooperationAgreementService, CooperationAgreement agreement,
			ServiceContext serviceContext)
		throws PortalException {

		if (agreement.getFolderId() > 0) {
			return agreement.getFolderId();
		}

		long groupId = agreement.getGroupId();
		long folderId = DLFolderConstants.DEFAULT_PARENT_FOLDER_ID;

		for (String name : new String[] {ROOT_FOLDER, folderName(agreement)}) {
			Folder folder;

			try {
				folder = dlAppService.getFolder(groupId, folderId, name);
			}
			catch (NoSuchFolderException noSuchFolderException) {
				folder = dlAppService.addFolder(null, groupId, folderId, name, StringPool.BLANK, serviceContext);
			}

			folderId = folder.getFolderId();
		}

		cooperationAgreementService.setFolder(agreement.getAgreementId(), folderId);

		return folderId;
	}

	/** One folder for all versions of an agreement: its number and first id. */
	public static String folderName(CooperationAgreement agreement) {
		String number = agreement.getNumber().replaceAll("[\\\\/:*?\"<>|]", "-");

		return "№ " + number + " (" + agreement.getRootAgreementId() + ")";
	}

	/** The region's template, or null to use the default one. */
	public static InputStream openRegionTemplate(
			com.liferay.document.library.kernel.service.DLAppService dlAppService, long regionGroupId)
		throws PortalException {

		if (regionGroupId <= 0) {
			return null;
		}

		try {
			FileEntry fileEntry = dlAppService.getFileEntryByFileName(
				regionGroupId, DLFolderConstants.DEFAULT_PARENT_FOLDER_ID, CooperationConstants.TEMPLATE_FILE_NAME);

			return fileEntry.getContentStream();
		}
		catch (NoSuchFileEntryException noSuchFileEntryException) {
			return null;
		}
	}

	private AgreementDocuments() {
	}

}
