package ru.opora.library.internal.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.model.DLFileEntryMetadata;
import com.liferay.document.library.kernel.model.DLFileEntryType;
import com.liferay.document.library.kernel.service.DLFileEntryTypeLocalService;
import com.liferay.dynamic.data.mapping.model.DDMForm;
import com.liferay.dynamic.data.mapping.model.DDMFormField;
import com.liferay.dynamic.data.mapping.model.DDMFormLayout;
import com.liferay.dynamic.data.mapping.model.DDMStructure;
import com.liferay.dynamic.data.mapping.service.DDMStructureLocalService;
import com.liferay.dynamic.data.mapping.util.DDM;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.workflow.WorkflowDefinition;
import com.liferay.portal.workflow.manager.WorkflowDefinitionManager;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import ru.opora.domain.library.MaterialType;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.constants.LibraryConstants;

/**
 * What the company-level installer creates in an empty instance, that a
 * second run adds nothing, and that a partial state gets only what is missing.
 */
class LibraryTypeInstallerTest {

	private static final long COMPANY_ID = 10L;

	private static final long GLOBAL_GROUP_ID = 20L;

	private static final long USER_ID = 30L;

	private static final long METADATA_CLASS_NAME_ID = 401L;

	private static final long DL_FILE_ENTRY_CLASS_NAME_ID = 402L;

	private final AssetCategoryLocalService _assetCategoryLocalService = mock(AssetCategoryLocalService.class);
	private final AssetVocabularyLocalService _assetVocabularyLocalService = mock(AssetVocabularyLocalService.class);
	private final Map<String, AssetCategory> _categories = new HashMap<>();
	private final ClassNameLocalService _classNameLocalService = mock(ClassNameLocalService.class);
	private final DDM _ddm = mock(DDM.class);
	private final DDMStructureLocalService _ddmStructureLocalService = mock(DDMStructureLocalService.class);
	private final DLFileEntryTypeLocalService _dlFileEntryTypeLocalService = mock(DLFileEntryTypeLocalService.class);
	private final List<WorkflowDefinition> _workflowDefinitions = new ArrayList<>();
	private final WorkflowDefinitionManager _workflowDefinitionManager = mock(WorkflowDefinitionManager.class);
	private DDMStructure _structure;
	private DLFileEntryType _type;
	private final Map<String, AssetVocabulary> _vocabularies = new HashMap<>();
	private long _nextId = 1000;

	@BeforeEach
	void setUp() throws Exception {
		when(_classNameLocalService.getClassNameId(DLFileEntryMetadata.class.getName())).thenReturn(
			METADATA_CLASS_NAME_ID);
		when(_classNameLocalService.getClassNameId(DLFileEntry.class.getName())).thenReturn(
			DL_FILE_ENTRY_CLASS_NAME_ID);
		when(_ddm.getDefaultDDMFormLayout(any(DDMForm.class))).thenReturn(new DDMFormLayout());

		when(
			_dlFileEntryTypeLocalService.fetchFileEntryType(GLOBAL_GROUP_ID, LibraryConstants.FILE_ENTRY_TYPE_KEY)
		).thenAnswer(invocation -> _type);
		when(
			_ddmStructureLocalService.fetchStructure(
				GLOBAL_GROUP_ID, METADATA_CLASS_NAME_ID, LibraryConstants.FILE_ENTRY_TYPE_KEY)
		).thenAnswer(invocation -> _structure);
		when(
			_ddmStructureLocalService.addStructure(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString(), any(), any(), any(DDMForm.class),
				any(DDMFormLayout.class), anyString(), anyInt(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				_structure = mock(DDMStructure.class);

				when(_structure.getStructureId()).thenReturn(_nextId++);

				return _structure;
			});
		when(
			_dlFileEntryTypeLocalService.addFileEntryType(
				anyLong(), anyLong(), anyLong(), anyString(), any(), any(), anyInt(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				long structureId = invocation.getArgument(2);

				_type = mock(DLFileEntryType.class);

				when(_type.getFileEntryTypeId()).thenReturn(_nextId++);
				when(_type.getDataDefinitionId()).thenReturn(structureId);

				return _type;
			});
		when(
			_assetVocabularyLocalService.fetchAssetVocabularyByExternalReferenceCode(anyString(), eq(GLOBAL_GROUP_ID))
		).thenAnswer(invocation -> _vocabularies.get(invocation.<String>getArgument(0)));
		when(
			_assetVocabularyLocalService.addVocabulary(
				anyString(), anyLong(), anyLong(), anyString(), anyString(), any(), any(), anyString(), anyInt(),
				any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				AssetVocabulary vocabulary = mock(AssetVocabulary.class);

				when(vocabulary.getVocabularyId()).thenReturn(_nextId++);

				_vocabularies.put(invocation.getArgument(0), vocabulary);

				return vocabulary;
			});
		when(
			_assetCategoryLocalService.fetchAssetCategoryByExternalReferenceCode(anyString(), eq(GLOBAL_GROUP_ID))
		).thenAnswer(invocation -> _categories.get(invocation.<String>getArgument(0)));
		when(
			_assetCategoryLocalService.addCategory(
				anyString(), anyLong(), anyLong(), anyLong(), any(), any(), anyLong(), any(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				AssetCategory category = mock(AssetCategory.class);

				_categories.put(invocation.getArgument(0), category);

				return category;
			});
		when(
			_workflowDefinitionManager.getActiveWorkflowDefinitions(
				eq(COMPANY_ID), eq(LibraryConstants.WORKFLOW_DEFINITION_NAME), anyInt(), anyInt(), isNull())
		).thenAnswer(invocation -> new ArrayList<>(_workflowDefinitions));
		when(
			_workflowDefinitionManager.deployWorkflowDefinition(
				anyLong(), anyLong(), anyString(), anyString(), any(byte[].class))
		).thenAnswer(
			invocation -> {
				WorkflowDefinition workflowDefinition = mock(WorkflowDefinition.class);

				when(workflowDefinition.getName()).thenReturn(invocation.getArgument(3));
				when(workflowDefinition.getVersion()).thenReturn(1);

				_workflowDefinitions.add(workflowDefinition);

				return workflowDefinition;
			});
	}

	@Test
	void emptyInstanceGetsTypeVocabulariesAndWorkflow() throws Exception {
		LibraryTypeInstaller.Result result = _install();

		assertEquals(_type.getFileEntryTypeId(), result.getFileEntryTypeId());
		assertEquals(_structure.getStructureId(), result.getDDMStructureId());
		assertEquals("opora-library-review@1", result.getWorkflowDefinition());

		int subjects = SubjectAssociation.defaults().size();

		assertEquals(3, _vocabularies.size());
		assertEquals(subjects + 11 + MaterialType.values().length, _categories.size());
		assertTrue(_categories.containsKey("opora-library-subject-math"));
		assertTrue(_categories.containsKey("opora-library-grade-grade-11"));
		assertTrue(_categories.containsKey("opora-library-material-type-lesson-plan"));
		assertEquals(2 + 3 + _categories.size() + 1, result.getCreated().size(), result.getCreated().toString());

		// The structure describes DLFileEntryMetadata with the material's fields; the type uses it.

		ArgumentCaptor<DDMForm> ddmForm = ArgumentCaptor.forClass(DDMForm.class);

		verify(_ddmStructureLocalService).addStructure(
			eq(USER_ID), eq(GLOBAL_GROUP_ID), eq(0L), eq(METADATA_CLASS_NAME_ID),
			eq(LibraryConstants.FILE_ENTRY_TYPE_KEY), any(), any(), ddmForm.capture(), any(DDMFormLayout.class),
			eq("default"), eq(0), any(ServiceContext.class));
		assertEquals(
			List.of(
				LibraryConstants.FIELD_SUBJECT, LibraryConstants.FIELD_GRADES, LibraryConstants.FIELD_MATERIAL_TYPE,
				LibraryConstants.FIELD_RISK_FACTORS, LibraryConstants.FIELD_COMPETENCES,
				LibraryConstants.FIELD_AUTHOR_SCHOOL),
			ddmForm.getValue().getDDMFormFields().stream().map(DDMFormField::getName).collect(Collectors.toList()));

		DDMFormField typeField = ddmForm.getValue().getDDMFormFieldsMap(false).get(
			LibraryConstants.FIELD_MATERIAL_TYPE);

		assertEquals("select", typeField.getType());
		assertEquals(5, typeField.getDDMFormFieldOptions().getOptionsValues().size());
		assertEquals(
			"Вид материала", typeField.getLabel().getString(LibraryTypeInstaller.RUSSIAN));
		long structureId = _structure.getStructureId();

		verify(_dlFileEntryTypeLocalService).addFileEntryType(
			eq(USER_ID), eq(GLOBAL_GROUP_ID), eq(structureId), eq(LibraryConstants.FILE_ENTRY_TYPE_KEY),
			any(), any(), eq(0), any(ServiceContext.class));

		// Each vocabulary is associated with the file entry type, the grades one multi-valued.

		ArgumentCaptor<String> settings = ArgumentCaptor.forClass(String.class);
		ArgumentCaptor<String> ercs = ArgumentCaptor.forClass(String.class);

		verify(_assetVocabularyLocalService, Mockito.times(3)).addVocabulary(
			ercs.capture(), eq(USER_ID), eq(GLOBAL_GROUP_ID), anyString(), anyString(), any(), any(),
			settings.capture(), anyInt(), any(ServiceContext.class));

		for (int i = 0; i < 3; i++) {
			String value = settings.getAllValues().get(i);

			assertTrue(
				value.contains(DL_FILE_ENTRY_CLASS_NAME_ID + ":" + _type.getFileEntryTypeId()), value);
			assertEquals(
				ercs.getAllValues().get(i).equals(LibraryConstants.VOCABULARY_GRADE),
				value.contains("multiValued=true"), value);
		}
	}

	@Test
	void workflowSendsMaterialsToTheMethodologistSiteRole() throws Exception {
		_install();

		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		verify(_workflowDefinitionManager).deployWorkflowDefinition(
			eq(COMPANY_ID), eq(USER_ID), anyString(), eq(LibraryConstants.WORKFLOW_DEFINITION_NAME),
			bytes.capture());

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

		factory.setNamespaceAware(true);

		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.getValue()));

		assertEquals(
			LibraryConstants.WORKFLOW_DEFINITION_NAME,
			document.getElementsByTagNameNS("*", "name").item(0).getTextContent());

		Element role = (Element)document.getElementsByTagNameNS("*", "role").item(0);

		assertEquals("site", role.getElementsByTagNameNS("*", "role-type").item(0).getTextContent());
		assertEquals("Methodologist", role.getElementsByTagNameNS("*", "name").item(0).getTextContent());
		assertEquals(1, document.getElementsByTagNameNS("*", "role").getLength());
	}

	@Test
	void secondRunAddsNothing() throws Exception {
		LibraryTypeInstaller.Result first = _install();

		Mockito.clearInvocations(
			_ddmStructureLocalService, _dlFileEntryTypeLocalService, _assetVocabularyLocalService,
			_assetCategoryLocalService, _workflowDefinitionManager);

		LibraryTypeInstaller.Result second = _install();

		assertTrue(second.getCreated().isEmpty(), second.getCreated().toString());
		assertEquals(first.getFileEntryTypeId(), second.getFileEntryTypeId());
		assertEquals(first.getWorkflowDefinition(), second.getWorkflowDefinition());
		verify(_ddmStructureLocalService, never()).addStructure(
			anyLong(), anyLong(), anyLong(), anyLong(), anyString(), any(), any(), any(DDMForm.class),
			any(DDMFormLayout.class), anyString(), anyInt(), any(ServiceContext.class));
		verify(_workflowDefinitionManager, never()).deployWorkflowDefinition(
			anyLong(), anyLong(), anyString(), anyString(), any(byte[].class));
		verify(_assetCategoryLocalService, never()).addCategory(
			anyString(), anyLong(), anyLong(), anyLong(), any(), any(), anyLong(), any(), any(ServiceContext.class));
	}

	@Test
	void aNewAssociationAndADeletedCategoryAreAddedAlone() throws Exception {
		_install();

		_categories.remove("opora-library-grade-grade-3");

		Mockito.clearInvocations(_assetCategoryLocalService, _assetVocabularyLocalService);

		List<SubjectAssociation> associations = new ArrayList<>(SubjectAssociation.defaults());

		associations.add(new SubjectAssociation("music", "Музыка", "Music"));

		LibraryTypeInstaller.Result result = _installer().install(COMPANY_ID, GLOBAL_GROUP_ID, USER_ID, associations);

		assertEquals(
			List.of("category opora-library-subject-music", "category opora-library-grade-grade-3"),
			result.getCreated());

		ArgumentCaptor<Map<Locale, String>> titles = ArgumentCaptor.forClass(Map.class);

		long subjectVocabularyId = _vocabularies.get(LibraryConstants.VOCABULARY_SUBJECT).getVocabularyId();

		verify(_assetCategoryLocalService).addCategory(
			eq("opora-library-subject-music"), eq(USER_ID), eq(GLOBAL_GROUP_ID), eq(0L), titles.capture(), any(),
			eq(subjectVocabularyId), any(),
			any(ServiceContext.class));
		assertEquals("Музыка", titles.getValue().get(LibraryTypeInstaller.RUSSIAN));
		assertEquals("Music", titles.getValue().get(Locale.US));
	}

	@Test
	void anExistingStructureIsReusedForAMissingType() throws Exception {
		_install();

		_type = null;

		Mockito.clearInvocations(_ddmStructureLocalService, _dlFileEntryTypeLocalService);

		LibraryTypeInstaller.Result result = _install();

		assertEquals(List.of("file entry type " + LibraryConstants.FILE_ENTRY_TYPE_KEY), result.getCreated());
		verify(_ddmStructureLocalService, never()).addStructure(
			anyLong(), anyLong(), anyLong(), anyLong(), anyString(), any(), any(), any(DDMForm.class),
			any(DDMFormLayout.class), anyString(), anyInt(), any(ServiceContext.class));
		assertEquals(_structure.getStructureId(), result.getDDMStructureId());
	}

	private LibraryTypeInstaller.Result _install() throws Exception {
		return _installer().install(COMPANY_ID, GLOBAL_GROUP_ID, USER_ID, SubjectAssociation.defaults());
	}

	private LibraryTypeInstaller _installer() {
		return new LibraryTypeInstaller(
			_assetCategoryLocalService, _assetVocabularyLocalService, _classNameLocalService, _ddm,
			_ddmStructureLocalService, _dlFileEntryTypeLocalService, _workflowDefinitionManager);
	}

}
