package ru.opora.library.internal.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetEntry;
import com.liferay.asset.kernel.model.AssetTag;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.asset.kernel.service.AssetEntryService;
import com.liferay.asset.kernel.service.AssetTagLocalService;
import com.liferay.asset.kernel.service.persistence.AssetEntryQuery;
import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.model.DLFileEntryType;
import com.liferay.document.library.kernel.model.DLFolder;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.document.library.kernel.service.DLFileEntryLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryMetadataLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryTypeLocalService;
import com.liferay.document.library.kernel.service.DLFolderLocalService;
import com.liferay.dynamic.data.mapping.kernel.StorageEngineManager;
import com.liferay.dynamic.data.mapping.model.DDMStructure;
import com.liferay.dynamic.data.mapping.service.DDMStructureLocalService;
import com.liferay.dynamic.data.mapping.storage.DDMFormFieldValue;
import com.liferay.dynamic.data.mapping.storage.DDMFormValues;
import com.liferay.dynamic.data.mapping.util.DDMBeanTranslator;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.FileVersion;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.library.MaterialMetadata;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.domain.validation.Violation;
import ru.opora.library.configuration.LibraryConfiguration;
import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.internal.installer.LibrarySetup;
import ru.opora.library.internal.installer.LibraryTypeInstaller;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;

/**
 * LibraryService: the permission checks in the portlet's site, validation
 * before anything is written, what an upload hands to Documents and Media
 * (region library, subject folder, categories, tags, metadata, workflow), the
 * search query and the review queue.
 */
class LibraryServiceImplTest {

	private static final long COMPANY_ID = 10L;

	private static final long GLOBAL_GROUP_ID = 20L;

	private static final long REGION_GROUP_ID = 100L;

	private static final long MUNICIPALITY_GROUP_ID = 200L;

	private static final long MATH_FOLDER_ID = 301L;

	private static final long TYPE_ID = 500L;

	private static final long STRUCTURE_ID = 600L;

	private static final long USER_ID = 7L;

	private final AssetCategoryLocalService _assetCategoryLocalService = mock(AssetCategoryLocalService.class);
	private final AssetEntryLocalService _assetEntryLocalService = mock(AssetEntryLocalService.class);
	private final AssetEntryService _assetEntryService = mock(AssetEntryService.class);
	private final AssetTagLocalService _assetTagLocalService = mock(AssetTagLocalService.class);
	private final Map<String, Long> _categoryIds = new HashMap<>();
	private final ClassNameLocalService _classNameLocalService = mock(ClassNameLocalService.class);
	private final DDMBeanTranslator _ddmBeanTranslator = mock(DDMBeanTranslator.class);
	private final DDMStructureLocalService _ddmStructureLocalService = mock(DDMStructureLocalService.class);
	private final DLAppLocalService _dlAppLocalService = mock(DLAppLocalService.class);
	private final DLAppService _dlAppService = mock(DLAppService.class);
	private final DLFileEntryLocalService _dlFileEntryLocalService = mock(DLFileEntryLocalService.class);
	private final DLFileEntryMetadataLocalService _dlFileEntryMetadataLocalService = mock(
		DLFileEntryMetadataLocalService.class);
	private final DLFileEntryTypeLocalService _dlFileEntryTypeLocalService = mock(DLFileEntryTypeLocalService.class);
	private final DLFolderLocalService _dlFolderLocalService = mock(DLFolderLocalService.class);
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final LibrarySetup _librarySetup = mock(LibrarySetup.class);
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final LibraryServiceImpl _service = new LibraryServiceImpl();
	private final StorageEngineManager _storageEngineManager = mock(StorageEngineManager.class);
	private MockedStatic<TransactionInvokerUtil> _transactionInvokerUtil;

	@BeforeEach
	void setUp() throws Exception {
		for (Field field : LibraryServiceImpl.class.getDeclaredFields()) {
			if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				continue;
			}

			for (Field mine : LibraryServiceImplTest.class.getDeclaredFields()) {
				if (mine.getName().equals(field.getName())) {
					field.setAccessible(true);
					field.set(_service, mine.get(this));
				}
			}
		}

		when(_permissionChecker.getUserId()).thenReturn(USER_ID);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);

		_transactionInvokerUtil = Mockito.mockStatic(TransactionInvokerUtil.class);

		_transactionInvokerUtil.when(
			() -> TransactionInvokerUtil.invoke(any(TransactionConfig.class), any(Callable.class))
		).thenAnswer(invocation -> invocation.<Callable<?>>getArgument(1).call());

		Group municipality = _group(MUNICIPALITY_GROUP_ID, "Ивантеевский район");
		Group region = _group(REGION_GROUP_ID, "Регион");
		Group global = _group(GLOBAL_GROUP_ID, "Global");

		when(_groupLocalService.getGroup(MUNICIPALITY_GROUP_ID)).thenReturn(municipality);
		when(_groupLocalService.getCompanyGroup(COMPANY_ID)).thenReturn(global);

		LibraryConfiguration configuration = mock(LibraryConfiguration.class);

		when(configuration.maxFileSizeMB()).thenReturn(1);
		when(configuration.regionSiteFriendlyURL()).thenReturn("/region");

		when(_librarySetup.getConfiguration(COMPANY_ID)).thenReturn(configuration);
		when(_librarySetup.getSubjectAssociations(COMPANY_ID)).thenReturn(SubjectAssociation.defaults());
		when(_librarySetup.fetchRegionGroup(COMPANY_ID)).thenReturn(region);

		LibraryTypeInstaller.Result result = mock(LibraryTypeInstaller.Result.class);

		when(result.getFileEntryTypeId()).thenReturn(TYPE_ID);
		when(result.getDDMStructureId()).thenReturn(STRUCTURE_ID);

		when(_librarySetup.installCompany(COMPANY_ID)).thenReturn(result);

		Map<String, Long> folderIds = new HashMap<>();

		folderIds.put("math", MATH_FOLDER_ID);

		when(_librarySetup.installMunicipality(eq(result), eq(region), eq(municipality), any())).thenReturn(folderIds);

		when(
			_assetCategoryLocalService.getAssetCategoryByExternalReferenceCode(anyString(), eq(GLOBAL_GROUP_ID))
		).thenAnswer(invocation -> _category(invocation.getArgument(0)));
		when(
			_assetCategoryLocalService.fetchAssetCategoryByExternalReferenceCode(anyString(), eq(GLOBAL_GROUP_ID))
		).thenAnswer(
			invocation -> invocation.<String>getArgument(0).endsWith("-astronomy") ? null :
				_category(invocation.getArgument(0)));

		DDMStructure ddmStructure = mock(DDMStructure.class);

		when(ddmStructure.getStructureId()).thenReturn(STRUCTURE_ID);
		when(ddmStructure.getDDMForm()).thenReturn(LibraryTypeInstaller.buildDDMForm());
		when(_ddmStructureLocalService.getStructure(STRUCTURE_ID)).thenReturn(ddmStructure);
		when(_ddmBeanTranslator.translate(any(DDMFormValues.class))).thenReturn(
			mock(com.liferay.dynamic.data.mapping.kernel.DDMFormValues.class));

		DLFileEntryType type = mock(DLFileEntryType.class);

		when(type.getFileEntryTypeId()).thenReturn(TYPE_ID);
		when(type.getDataDefinitionId()).thenReturn(STRUCTURE_ID);
		when(
			_dlFileEntryTypeLocalService.fetchFileEntryType(GLOBAL_GROUP_ID, LibraryConstants.FILE_ENTRY_TYPE_KEY)
		).thenReturn(type);
		when(_classNameLocalService.getClassNameId(DLFileEntry.class.getName())).thenReturn(42L);
	}

	@AfterEach
	void tearDown() {
		_transactionInvokerUtil.close();

		PermissionThreadLocal.setPermissionChecker(null);
	}

	@Test
	void uploadGoesToTheSubjectFolderOfTheRegionLibraryWithItsMetadata() throws Exception {
		FileEntry fileEntry = _fileEntry(900L, WorkflowConstants.STATUS_PENDING, TYPE_ID);

		when(
			_dlAppLocalService.addFileEntry(
				isNull(), anyLong(), anyLong(), anyLong(), anyString(), anyString(), anyString(), anyString(),
				anyString(), anyString(), any(byte[].class), isNull(), isNull(), any(ServiceContext.class))
		).thenReturn(fileEntry);

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setUserId(999L);

		Material material = _service.addMaterial(
			MUNICIPALITY_GROUP_ID, _metadata("math", "5-7"), "drobi.docx", "application/msword", new byte[] {1, 2, 3},
			serviceContext);

		assertEquals(900L, material.getFileEntryId());
		assertEquals(WorkflowConstants.STATUS_PENDING, material.getStatus());
		verify(_portletResourcePermission).check(
			_permissionChecker, MUNICIPALITY_GROUP_ID, LibraryActionKeys.ADD_MATERIAL);

		// The user comes from the permission checker, not from the request's service context.

		verify(_dlAppLocalService).addFileEntry(
			isNull(), eq(USER_ID), eq(REGION_GROUP_ID), eq(MATH_FOLDER_ID), eq("drobi.docx"),
			eq("application/msword"), eq("Дроби"), eq(""), eq("Конспект"), eq(""), any(byte[].class), isNull(),
			isNull(), eq(serviceContext));

		assertEquals(REGION_GROUP_ID, serviceContext.getScopeGroupId());
		assertEquals(WorkflowConstants.ACTION_PUBLISH, serviceContext.getWorkflowAction());
		assertEquals(TYPE_ID, serviceContext.getAttribute("fileEntryTypeId"));
		assertTrue(
			serviceContext.getAttribute(
				com.liferay.dynamic.data.mapping.kernel.DDMFormValues.class.getName() + "#" + STRUCTURE_ID) != null);
		assertArrayEquals(new String[] {"rf03", "comp-math-1"}, serviceContext.getAssetTagNames());
		assertArrayEquals(
			new long[] {
				_categoryIds.get("opora-library-subject-math"), _categoryIds.get("opora-library-material-type-test"),
				_categoryIds.get("opora-library-grade-grade-5"), _categoryIds.get("opora-library-grade-grade-6"),
				_categoryIds.get("opora-library-grade-grade-7")
			},
			serviceContext.getAssetCategoryIds());
		assertEquals(
			List.of("VIEW"),
			Arrays.asList(serviceContext.getModelPermissions().getActionIds("User")));

		ArgumentCaptor<DDMFormValues> ddmFormValues = ArgumentCaptor.forClass(DDMFormValues.class);

		verify(_ddmBeanTranslator).translate(ddmFormValues.capture());

		Map<String, String> values = ddmFormValues.getValue().getDDMFormFieldValues().stream().collect(
			Collectors.toMap(
				DDMFormFieldValue::getName, value -> value.getValue().getString(Locale.ROOT)));

		assertEquals("Математика", values.get(LibraryConstants.FIELD_SUBJECT));
		assertEquals("5-7", values.get(LibraryConstants.FIELD_GRADES));
		assertEquals("[\"test\"]", values.get(LibraryConstants.FIELD_MATERIAL_TYPE));
		assertEquals("RF03", values.get(LibraryConstants.FIELD_RISK_FACTORS));
		assertEquals("MATH-1", values.get(LibraryConstants.FIELD_COMPETENCES));
		assertEquals("МОУ «СОШ п. Знаменский»", values.get(LibraryConstants.FIELD_AUTHOR_SCHOOL));
	}

	@Test
	void badMetadataAndAMissingFileAreNamedAndNothingIsWritten() throws Exception {
		MaterialValidationException exception = assertThrows(
			MaterialValidationException.class,
			() -> _service.addMaterial(
				MUNICIPALITY_GROUP_ID, _metadata("astronomy", "12"), "", "text/plain", new byte[0],
				new ServiceContext()));

		assertEquals(
			List.of(
				Violation.of("subject", "library-unknown-subject", "astronomy"),
				Violation.of("grades", "library-invalid-grades", "12", 1, 11), Violation.of("file", "required")),
			exception.getViolations());
		_assertNothingWritten();
	}

	@Test
	void aFileOverTheConfiguredSizeIsRejected() throws Exception {
		MaterialValidationException exception = assertThrows(
			MaterialValidationException.class,
			() -> _service.addMaterial(
				MUNICIPALITY_GROUP_ID, _metadata("math", "5"), "big.mp4", "video/mp4", new byte[1024 * 1024 + 1],
				new ServiceContext()));

		assertEquals(List.of(Violation.of("file", "library-file-too-large", 1L)), exception.getViolations());
		_assertNothingWritten();
	}

	@Test
	void withoutTheRegionSiteTheUploadIsRefused() throws Exception {
		when(_librarySetup.fetchRegionGroup(COMPANY_ID)).thenReturn(null);

		MaterialValidationException exception = assertThrows(
			MaterialValidationException.class,
			() -> _service.addMaterial(
				MUNICIPALITY_GROUP_ID, _metadata("math", "5"), "a.pdf", "application/pdf", new byte[] {1},
				new ServiceContext()));

		assertEquals(List.of(Violation.of("file", "library-no-region-site", "/region")), exception.getViolations());
		_assertNothingWritten();
	}

	@Test
	void uploadWithoutTheRightIsRefusedBeforeAnything() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(_permissionChecker, "ru.opora.library", 0, "ADD_MATERIAL")
		).when(
			_portletResourcePermission
		).check(_permissionChecker, MUNICIPALITY_GROUP_ID, LibraryActionKeys.ADD_MATERIAL);

		assertThrows(
			PrincipalException.class,
			() -> _service.addMaterial(
				MUNICIPALITY_GROUP_ID, _metadata("math", "5"), "a.pdf", "application/pdf", new byte[] {1},
				new ServiceContext()));

		verify(_librarySetup, never()).getSubjectAssociations(anyLong());
		_assertNothingWritten();
	}

	@Test
	void searchFiltersByEveryChosenCategoryAndTagInTheRegionLibrary() throws Exception {
		AssetTag tag = mock(AssetTag.class);

		when(tag.getTagId()).thenReturn(77L);
		when(_assetTagLocalService.fetchTag(REGION_GROUP_ID, "rf03")).thenReturn(tag);
		when(_assetEntryService.getEntriesCount(any(AssetEntryQuery.class))).thenReturn(1);

		AssetEntry assetEntry = mock(AssetEntry.class);

		when(assetEntry.getClassPK()).thenReturn(900L);
		when(_assetEntryService.getEntries(any(AssetEntryQuery.class))).thenReturn(List.of(assetEntry));

		FileEntry fileEntry = _fileEntry(900L, WorkflowConstants.STATUS_APPROVED, TYPE_ID);

		when(_dlAppLocalService.getFileEntry(900L)).thenReturn(fileEntry);

		MaterialQuery query = new MaterialQuery("дроби", "math", 5, "", "RF03", "");

		assertEquals(1, _service.searchCount(MUNICIPALITY_GROUP_ID, query));

		List<Material> materials = _service.search(MUNICIPALITY_GROUP_ID, query, 0, 20);

		assertEquals(1, materials.size());

		ArgumentCaptor<AssetEntryQuery> captor = ArgumentCaptor.forClass(AssetEntryQuery.class);

		verify(_assetEntryService).getEntries(captor.capture());

		AssetEntryQuery assetEntryQuery = captor.getValue();

		assertArrayEquals(
			new long[] {
				_categoryIds.get("opora-library-subject-math"), _categoryIds.get("opora-library-grade-grade-5")
			},
			assetEntryQuery.getAllCategoryIds());
		assertArrayEquals(new long[] {77L}, assetEntryQuery.getAllTagIds());
		assertArrayEquals(new long[] {REGION_GROUP_ID}, assetEntryQuery.getGroupIds());
		assertArrayEquals(new long[] {42L}, assetEntryQuery.getClassNameIds());
		assertArrayEquals(new long[] {TYPE_ID}, assetEntryQuery.getClassTypeIds());
		assertEquals("дроби", assetEntryQuery.getKeywords());
		assertEquals(Boolean.TRUE, assetEntryQuery.isVisible());
		assertEquals(0, assetEntryQuery.getStart());
		assertEquals(20, assetEntryQuery.getEnd());
		verify(_portletResourcePermission, Mockito.atLeastOnce()).check(
			_permissionChecker, MUNICIPALITY_GROUP_ID, LibraryActionKeys.VIEW);
	}

	@Test
	void aFilterNobodyUsedYetFindsNothingWithoutQuerying() throws Exception {
		assertEquals(0, _service.searchCount(MUNICIPALITY_GROUP_ID, new MaterialQuery("", "", 0, "", "RF05", "")));
		assertEquals(
			0, _service.searchCount(MUNICIPALITY_GROUP_ID, new MaterialQuery("", "astronomy", 0, "", "", "")));
		assertTrue(_service.search(MUNICIPALITY_GROUP_ID, new MaterialQuery("", "", 0, "", "RF99", ""), 0, 20).isEmpty());
		verify(_assetEntryService, never()).getEntriesCount(any(AssetEntryQuery.class));
		verify(_assetEntryService, never()).getEntries(any(AssetEntryQuery.class));
	}

	@Test
	void theReviewQueueNeedsTheRightAndListsThePendingMaterialsOfTheMunicipality() throws Exception {
		DLFolder mathFolder = mock(DLFolder.class);

		when(mathFolder.getFolderId()).thenReturn(MATH_FOLDER_ID);
		when(
			_dlFolderLocalService.fetchDLFolderByExternalReferenceCode(
				LibraryConstants.subjectFolderERC(MUNICIPALITY_GROUP_ID, "math"), REGION_GROUP_ID)
		).thenReturn(mathFolder);

		DLFileEntry dlFileEntry = mock(DLFileEntry.class);

		when(dlFileEntry.getFileEntryId()).thenReturn(900L);
		when(
			_dlFileEntryLocalService.getFileEntries(
				REGION_GROUP_ID, MATH_FOLDER_ID, WorkflowConstants.STATUS_PENDING, 0, 500, null)
		).thenReturn(List.of(dlFileEntry));

		FileEntry fileEntry = _fileEntry(900L, WorkflowConstants.STATUS_PENDING, TYPE_ID);

		when(_dlAppLocalService.getFileEntry(900L)).thenReturn(fileEntry);

		List<Material> pending = _service.getPendingMaterials(MUNICIPALITY_GROUP_ID);

		assertEquals(1, pending.size());
		assertEquals(WorkflowConstants.STATUS_PENDING, pending.get(0).getStatus());
		verify(_portletResourcePermission).check(
			_permissionChecker, MUNICIPALITY_GROUP_ID, LibraryActionKeys.REVIEW_MATERIALS);

		doThrow(
			new PrincipalException("no")
		).when(
			_portletResourcePermission
		).check(_permissionChecker, MUNICIPALITY_GROUP_ID, LibraryActionKeys.REVIEW_MATERIALS);

		assertThrows(PrincipalException.class, () -> _service.getPendingMaterials(MUNICIPALITY_GROUP_ID));
	}

	@Test
	void aFileThatIsNotAMaterialIsNotFoundAndListsLeaveItOut() throws Exception {
		FileEntry other = _fileEntry(901L, WorkflowConstants.STATUS_APPROVED, 0L);
		FileEntry material = _fileEntry(900L, WorkflowConstants.STATUS_APPROVED, TYPE_ID);

		when(_dlAppService.getFileEntry(901L)).thenReturn(other);
		when(_dlAppService.getFileEntry(900L)).thenReturn(material);
		when(_dlAppService.getFileEntry(902L)).thenThrow(new PrincipalException("not yours"));

		assertThrows(NoSuchFileEntryException.class, () -> _service.getMaterial(MUNICIPALITY_GROUP_ID, 901L));
		assertEquals(
			List.of(900L),
			_service.getMaterials(
				MUNICIPALITY_GROUP_ID, List.of(901L, 900L, 902L)
			).stream(
			).map(
				Material::getFileEntryId
			).collect(
				Collectors.toList()
			));
	}

	private void _assertNothingWritten() throws Exception {
		verify(_librarySetup, never()).installCompany(anyLong());
		verify(_dlAppLocalService, never()).addFileEntry(
			any(), anyLong(), anyLong(), anyLong(), anyString(), anyString(), anyString(), anyString(), anyString(),
			anyString(), any(byte[].class), any(), any(), any(ServiceContext.class));
	}

	private AssetCategory _category(String erc) {
		AssetCategory category = mock(AssetCategory.class);

		long id = _categoryIds.computeIfAbsent(erc, key -> 1000L + _categoryIds.size());

		when(category.getCategoryId()).thenReturn(id);

		return category;
	}

	private FileEntry _fileEntry(long fileEntryId, int status, long typeId) throws Exception {
		FileEntry fileEntry = mock(FileEntry.class);
		FileVersion fileVersion = mock(FileVersion.class);
		DLFileEntry dlFileEntry = mock(DLFileEntry.class);

		when(dlFileEntry.getFileEntryTypeId()).thenReturn(typeId);
		when(fileEntry.getFileEntryId()).thenReturn(fileEntryId);
		when(fileEntry.getModel()).thenReturn(dlFileEntry);
		when(fileEntry.getLatestFileVersion()).thenReturn(fileVersion);
		when(fileVersion.getStatus()).thenReturn(status);
		when(fileVersion.getTitle()).thenReturn("Дроби");

		return fileEntry;
	}

	private Group _group(long groupId, String name) {
		Group group = mock(Group.class);

		when(group.getGroupId()).thenReturn(groupId);
		when(group.getCompanyId()).thenReturn(COMPANY_ID);
		when(group.getName(any(Locale.class))).thenReturn(name);

		return group;
	}

	private MaterialMetadata _metadata(String subject, String grades) {
		return new MaterialMetadata(
			"Дроби", "Конспект", subject, grades, "test", List.of("RF03"), List.of("MATH-1"),
			"МОУ «СОШ п. Знаменский»");
	}

}
