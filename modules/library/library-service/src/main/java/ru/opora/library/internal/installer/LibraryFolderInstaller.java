package ru.opora.library.internal.installer;

import com.liferay.document.library.kernel.model.DLFolder;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.document.library.kernel.service.DLFolderLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.WorkflowDefinitionLink;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.WorkflowDefinitionLinkLocalService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.library.FolderNames;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.constants.LibraryConstants;

/**
 * The folders of the region site's library: «Методическая библиотека» / one
 * folder per municipality / one per subject association (РМО). A subject
 * folder accepts only the file entry type «Методический материал» and sends
 * what is uploaded to the review workflow (restriction «file entry types and
 * workflow», the workflow linked to the type).
 *
 * <p>
 * Idempotent: folders are found by external reference codes (the
 * municipality's site ID and the association's code), so renaming a site or
 * a folder creates nothing new; a folder whose restriction or workflow link an
 * administrator removed gets them back.
 * </p>
 *
 * @author Opora
 */
public class LibraryFolderInstaller {

	public LibraryFolderInstaller(
		DLFolderLocalService dlFolderLocalService,
		WorkflowDefinitionLinkLocalService workflowDefinitionLinkLocalService) {

		_dlFolderLocalService = dlFolderLocalService;
		_workflowDefinitionLinkLocalService =
			workflowDefinitionLinkLocalService;
	}

	/**
	 * Adds what is missing of a municipality's folders in the region site
	 * and returns the subject folders' IDs by association code.
	 */
	public Map<String, Long> install(
			long companyId, long regionGroupId, long userId,
			long municipalityGroupId, String municipalityName,
			List<SubjectAssociation> associations, long fileEntryTypeId,
			String workflowDefinition, List<String> created)
		throws PortalException {

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(false);
		serviceContext.setCompanyId(companyId);
		serviceContext.setScopeGroupId(regionGroupId);
		serviceContext.setUserId(userId);

		DLFolder root = _folder(
			LibraryConstants.ROOT_FOLDER_ERC, regionGroupId, userId,
			DLFolderConstants.DEFAULT_PARENT_FOLDER_ID,
			LibraryConstants.ROOT_FOLDER_NAME, serviceContext, created);

		String safeName = FolderNames.safe(municipalityName);

		if (safeName == null) {
			safeName = String.valueOf(municipalityGroupId);
		}

		DLFolder municipalityFolder = _folder(
			LibraryConstants.municipalityFolderERC(municipalityGroupId),
			regionGroupId, userId, root.getFolderId(), safeName,
			serviceContext, created);

		Map<String, Long> folderIds = new LinkedHashMap<>();

		for (SubjectAssociation association : associations) {
			DLFolder subjectFolder = _folder(
				LibraryConstants.subjectFolderERC(
					municipalityGroupId, association.code()),
				regionGroupId, userId, municipalityFolder.getFolderId(),
				FolderNames.safe(association.russianName()), serviceContext,
				created);

			_restrict(
				subjectFolder, companyId, regionGroupId, fileEntryTypeId,
				workflowDefinition, serviceContext, created);

			folderIds.put(association.code(), subjectFolder.getFolderId());
		}

		return Collections.unmodifiableMap(folderIds);
	}

	/** A new list for the {@code created} argument. */
	public static List<String> newLog() {
		return new ArrayList<>();
	}

	private DLFolder _folder(
			String erc, long groupId, long userId, long parentFolderId,
			String name, ServiceContext serviceContext, List<String> created)
		throws PortalException {

		DLFolder folder =
			_dlFolderLocalService.fetchDLFolderByExternalReferenceCode(
				erc, groupId);

		if (folder != null) {
			return folder;
		}

		folder = _dlFolderLocalService.addFolder(
			erc, userId, groupId, groupId, false, parentFolderId, name, "",
			false, serviceContext);

		created.add("folder " + erc);

		return folder;
	}

	private void _restrict(
			DLFolder folder, long companyId, long groupId, long fileEntryTypeId,
			String workflowDefinition, ServiceContext serviceContext,
			List<String> created)
		throws PortalException {

		WorkflowDefinitionLink workflowDefinitionLink =
			_workflowDefinitionLinkLocalService.fetchWorkflowDefinitionLink(
				companyId, groupId, DLFolder.class.getName(),
				folder.getFolderId(), fileEntryTypeId, true);

		if ((folder.getRestrictionType() ==
				DLFolderConstants.
					RESTRICTION_TYPE_FILE_ENTRY_TYPES_AND_WORKFLOW) &&
			(folder.getDefaultFileEntryTypeId() == fileEntryTypeId) &&
			(workflowDefinitionLink != null)) {

			return;
		}

		// DLFolderLocalServiceImpl reads the workflow of each allowed type from this attribute.

		serviceContext.setAttribute(
			"workflowDefinition" + fileEntryTypeId, workflowDefinition);

		try {
			_dlFolderLocalService.updateFolder(
				folder.getFolderId(), folder.getParentFolderId(),
				folder.getName(), folder.getDescription(), fileEntryTypeId,
				Collections.singletonList(fileEntryTypeId),
				DLFolderConstants.RESTRICTION_TYPE_FILE_ENTRY_TYPES_AND_WORKFLOW,
				serviceContext);
		}
		finally {
			serviceContext.removeAttribute(
				"workflowDefinition" + fileEntryTypeId);
		}

		created.add("restriction and workflow on " + folder.getExternalReferenceCode());
	}

	private final DLFolderLocalService _dlFolderLocalService;
	private final WorkflowDefinitionLinkLocalService
		_workflowDefinitionLinkLocalService;

}
