package ru.opora.library.internal.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.document.library.kernel.model.DLFolder;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.document.library.kernel.service.DLFolderLocalService;
import com.liferay.portal.kernel.model.WorkflowDefinitionLink;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.WorkflowDefinitionLinkLocalService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.constants.LibraryConstants;

/**
 * The region library's folders: what a first run creates (root, municipality,
 * one restricted folder per association with the review workflow), that a
 * second run and a renamed site add nothing, and that a lost restriction comes
 * back.
 */
class LibraryFolderInstallerTest {

	private static final long COMPANY_ID = 10L;

	private static final long REGION_GROUP_ID = 100L;

	private static final long MUNICIPALITY_GROUP_ID = 200L;

	private static final long TYPE_ID = 500L;

	private static final String WORKFLOW = "opora-library-review@1";

	/** A folder as the fake Documents and Media keeps it. */
	private static final class Folder {

		String erc;
		long id;
		String name;
		long parentId;
		int restriction = DLFolderConstants.RESTRICTION_TYPE_INHERIT;
		long defaultTypeId;
		String workflow;

	}

	private final DLFolderLocalService _dlFolderLocalService = mock(DLFolderLocalService.class);
	private final Map<String, Folder> _folders = new LinkedHashMap<>();
	private final Map<Long, Folder> _foldersById = new HashMap<>();
	private long _nextId = 1;
	private final WorkflowDefinitionLinkLocalService _workflowDefinitionLinkLocalService = mock(
		WorkflowDefinitionLinkLocalService.class);

	@BeforeEach
	void setUp() throws Exception {
		when(
			_dlFolderLocalService.fetchDLFolderByExternalReferenceCode(anyString(), eq(REGION_GROUP_ID))
		).thenAnswer(
			invocation -> {
				Folder folder = _folders.get(invocation.<String>getArgument(0));

				return (folder == null) ? null : _model(folder);
			});
		when(
			_dlFolderLocalService.addFolder(
				anyString(), anyLong(), eq(REGION_GROUP_ID), eq(REGION_GROUP_ID), eq(false), anyLong(), anyString(),
				anyString(), eq(false), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				Folder folder = new Folder();

				folder.erc = invocation.getArgument(0);
				folder.id = _nextId++;
				folder.parentId = invocation.getArgument(5);
				folder.name = invocation.getArgument(6);

				_folders.put(folder.erc, folder);
				_foldersById.put(folder.id, folder);

				return _model(folder);
			});
		when(
			_dlFolderLocalService.updateFolder(
				anyLong(), anyLong(), anyString(), anyString(), anyLong(), any(), anyInt(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {

				// What DLFolderLocalServiceImpl does with the restriction and the workflow attribute

				Folder folder = _foldersById.get(invocation.<Long>getArgument(0));
				List<Long> typeIds = invocation.getArgument(5);
				ServiceContext serviceContext = invocation.getArgument(7);

				folder.restriction = invocation.getArgument(6);
				folder.defaultTypeId = invocation.getArgument(4);
				folder.workflow = (String)serviceContext.getAttribute("workflowDefinition" + typeIds.get(0));

				assertEquals(REGION_GROUP_ID, serviceContext.getScopeGroupId());
				assertEquals(COMPANY_ID, serviceContext.getCompanyId());

				return _model(folder);
			});
		when(
			_workflowDefinitionLinkLocalService.fetchWorkflowDefinitionLink(
				eq(COMPANY_ID), eq(REGION_GROUP_ID), eq(DLFolder.class.getName()), anyLong(), eq(TYPE_ID), eq(true))
		).thenAnswer(
			invocation -> {
				Folder folder = _foldersById.get(invocation.<Long>getArgument(3));

				if ((folder == null) || (folder.workflow == null) || folder.workflow.isEmpty()) {
					return null;
				}

				return mock(WorkflowDefinitionLink.class);
			});
	}

	@Test
	void firstRunCreatesTheTreeWithRestrictionAndWorkflow() throws Exception {
		List<String> created = new ArrayList<>();

		Map<String, Long> folderIds = _install("Ивантеевский район", created);

		List<SubjectAssociation> associations = SubjectAssociation.defaults();

		assertEquals(associations.size(), folderIds.size());
		assertEquals(2 + associations.size(), _folders.size());

		Folder root = _folders.get(LibraryConstants.ROOT_FOLDER_ERC);
		Folder municipality = _folders.get(LibraryConstants.municipalityFolderERC(MUNICIPALITY_GROUP_ID));
		Folder math = _folders.get(LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "math"));

		assertEquals("Методическая библиотека", root.name);
		assertEquals(DLFolderConstants.DEFAULT_PARENT_FOLDER_ID, root.parentId);
		assertEquals("Ивантеевский район", municipality.name);
		assertEquals(root.id, municipality.parentId);
		assertEquals("Математика", math.name);
		assertEquals(municipality.id, math.parentId);
		assertEquals(math.id, folderIds.get("math").longValue());

		for (SubjectAssociation association : associations) {
			Folder folder = _folders.get(
				LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, association.code()));

			assertEquals(DLFolderConstants.RESTRICTION_TYPE_FILE_ENTRY_TYPES_AND_WORKFLOW, folder.restriction);
			assertEquals(TYPE_ID, folder.defaultTypeId);
			assertEquals(WORKFLOW, folder.workflow);
		}

		assertEquals(2 + (2 * associations.size()), created.size(), created.toString());

		// The root and the municipality's folder stay unrestricted.

		assertEquals(DLFolderConstants.RESTRICTION_TYPE_INHERIT, root.restriction);
		assertEquals(DLFolderConstants.RESTRICTION_TYPE_INHERIT, municipality.restriction);
	}

	@Test
	void secondRunAndARenamedSiteAddNothing() throws Exception {
		Map<String, Long> first = _install("Ивантеевский район", new ArrayList<>());

		Mockito.clearInvocations(_dlFolderLocalService);

		List<String> created = new ArrayList<>();

		Map<String, Long> second = _install("Ивантеевский муниципальный район", created);

		assertTrue(created.isEmpty(), created.toString());
		assertEquals(first, second);
		verify(_dlFolderLocalService, never()).addFolder(
			anyString(), anyLong(), anyLong(), anyLong(), anyBoolean(), anyLong(), anyString(), anyString(),
			anyBoolean(), any(ServiceContext.class));
		verify(_dlFolderLocalService, never()).updateFolder(
			anyLong(), anyLong(), anyString(), anyString(), anyLong(), any(), anyInt(), any(ServiceContext.class));
	}

	@Test
	void aLostRestrictionAndADeletedFolderComeBack() throws Exception {
		_install("Ивантеевский район", new ArrayList<>());

		Folder russian = _folders.get(LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "russian"));

		russian.restriction = DLFolderConstants.RESTRICTION_TYPE_INHERIT;
		russian.workflow = null;

		_folders.remove(LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "physics"));

		List<String> created = new ArrayList<>();

		_install("Ивантеевский район", created);

		assertEquals(
			List.of(
				"restriction and workflow on " + LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "russian"),
				"folder " + LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "physics"),
				"restriction and workflow on " + LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "physics")),
			created);
		assertEquals(WORKFLOW, russian.workflow);
	}

	@Test
	void anUnusableSiteNameFallsBackToTheSiteId() throws Exception {
		_install("???", new ArrayList<>());

		assertEquals(
			String.valueOf(MUNICIPALITY_GROUP_ID),
			_folders.get(LibraryConstants.municipalityFolderERC(MUNICIPALITY_GROUP_ID)).name);
	}

	private Map<String, Long> _install(String municipalityName, List<String> created) throws Exception {
		return new LibraryFolderInstaller(
			_dlFolderLocalService, _workflowDefinitionLinkLocalService
		).install(
			COMPANY_ID, REGION_GROUP_ID, 1L, MUNICIPALITY_GROUP_ID, municipalityName, SubjectAssociation.defaults(),
			TYPE_ID, WORKFLOW, created
		);
	}

	private DLFolder _model(Folder folder) {
		DLFolder dlFolder = mock(DLFolder.class);

		when(dlFolder.getFolderId()).thenReturn(folder.id);
		when(dlFolder.getParentFolderId()).thenReturn(folder.parentId);
		when(dlFolder.getName()).thenReturn(folder.name);
		when(dlFolder.getDescription()).thenReturn("");
		when(dlFolder.getExternalReferenceCode()).thenReturn(folder.erc);
		when(dlFolder.getRestrictionType()).thenReturn(folder.restriction);
		when(dlFolder.getDefaultFileEntryTypeId()).thenReturn(folder.defaultTypeId);

		return dlFolder;
	}

}
