package ru.opora.library.internal.installer;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetCategoryConstants;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.model.AssetVocabularyConstants;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.model.DLFileEntryMetadata;
import com.liferay.document.library.kernel.model.DLFileEntryType;
import com.liferay.document.library.kernel.model.DLFileEntryTypeConstants;
import com.liferay.document.library.kernel.service.DLFileEntryTypeLocalService;
import com.liferay.dynamic.data.mapping.constants.DDMStructureConstants;
import com.liferay.dynamic.data.mapping.model.DDMForm;
import com.liferay.dynamic.data.mapping.model.DDMFormField;
import com.liferay.dynamic.data.mapping.model.DDMFormFieldOptions;
import com.liferay.dynamic.data.mapping.model.DDMStructure;
import com.liferay.dynamic.data.mapping.model.LocalizedValue;
import com.liferay.dynamic.data.mapping.service.DDMStructureLocalService;
import com.liferay.dynamic.data.mapping.storage.StorageType;
import com.liferay.dynamic.data.mapping.util.DDM;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.workflow.WorkflowDefinition;
import com.liferay.portal.workflow.manager.WorkflowDefinitionManager;
import com.liferay.portlet.asset.util.AssetVocabularySettingsHelper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.opora.domain.library.Grades;
import ru.opora.domain.library.MaterialType;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.constants.LibraryConstants;

/**
 * Creates, in one portal instance, what the library needs at company level:
 * the DDM structure and the Documents and Media file entry type «Методический
 * материал» in the global site, the global vocabularies of subjects, grades
 * and material types (associated with that type, so that the portal's
 * category facets and the library's filters work), and the Kaleo workflow
 * {@value LibraryConstants#WORKFLOW_DEFINITION_NAME}.
 *
 * <p>
 * Idempotent: the structure and the type are found by their key,
 * vocabularies and categories by their external reference codes, the
 * workflow by its name; only what is missing is added, nothing is changed.
 * </p>
 *
 * @author Opora
 */
public class LibraryTypeInstaller {

	public static final String WORKFLOW_RESOURCE =
		"/META-INF/workflow/opora-library-review.xml";

	public LibraryTypeInstaller(
		AssetCategoryLocalService assetCategoryLocalService,
		AssetVocabularyLocalService assetVocabularyLocalService,
		ClassNameLocalService classNameLocalService, DDM ddm,
		DDMStructureLocalService ddmStructureLocalService,
		DLFileEntryTypeLocalService dlFileEntryTypeLocalService,
		WorkflowDefinitionManager workflowDefinitionManager) {

		_assetCategoryLocalService = assetCategoryLocalService;
		_assetVocabularyLocalService = assetVocabularyLocalService;
		_classNameLocalService = classNameLocalService;
		_ddm = ddm;
		_ddmStructureLocalService = ddmStructureLocalService;
		_dlFileEntryTypeLocalService = dlFileEntryTypeLocalService;
		_workflowDefinitionManager = workflowDefinitionManager;
	}

	/**
	 * Adds what is missing in the instance's global site
	 * {@code companyGroupId}, owned by {@code userId}.
	 */
	public Result install(
			long companyId, long companyGroupId, long userId,
			List<SubjectAssociation> associations)
		throws PortalException {

		Result result = new Result();

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(true);
		serviceContext.setCompanyId(companyId);
		serviceContext.setScopeGroupId(companyGroupId);
		serviceContext.setUserId(userId);

		DLFileEntryType fileEntryType =
			_dlFileEntryTypeLocalService.fetchFileEntryType(
				companyGroupId, LibraryConstants.FILE_ENTRY_TYPE_KEY);

		if (fileEntryType == null) {
			long classNameId = _classNameLocalService.getClassNameId(
				DLFileEntryMetadata.class.getName());

			DDMStructure ddmStructure = _ddmStructureLocalService.fetchStructure(
				companyGroupId, classNameId,
				LibraryConstants.FILE_ENTRY_TYPE_KEY);

			if (ddmStructure == null) {
				DDMForm ddmForm = buildDDMForm();

				ddmStructure = _ddmStructureLocalService.addStructure(
					userId, companyGroupId,
					DDMStructureConstants.DEFAULT_PARENT_STRUCTURE_ID,
					classNameId, LibraryConstants.FILE_ENTRY_TYPE_KEY,
					_names(_TYPE_RU, _TYPE_EN), _names(_TYPE_DESCRIPTION_RU, _TYPE_DESCRIPTION_EN),
					ddmForm, _ddm.getDefaultDDMFormLayout(ddmForm),
					StorageType.DEFAULT.toString(),
					DDMStructureConstants.TYPE_DEFAULT, serviceContext);

				result._created.add("structure " + LibraryConstants.FILE_ENTRY_TYPE_KEY);
			}

			fileEntryType = _dlFileEntryTypeLocalService.addFileEntryType(
				userId, companyGroupId, ddmStructure.getStructureId(),
				LibraryConstants.FILE_ENTRY_TYPE_KEY, _names(_TYPE_RU, _TYPE_EN),
				_names(_TYPE_DESCRIPTION_RU, _TYPE_DESCRIPTION_EN),
				DLFileEntryTypeConstants.FILE_ENTRY_TYPE_SCOPE_DEFAULT,
				serviceContext);

			result._created.add("file entry type " + LibraryConstants.FILE_ENTRY_TYPE_KEY);
		}

		result._fileEntryTypeId = fileEntryType.getFileEntryTypeId();
		result._ddmStructureId = fileEntryType.getDataDefinitionId();

		long dlFileEntryClassNameId = _classNameLocalService.getClassNameId(
			DLFileEntry.class.getName());

		Map<String, Map<Locale, String>> subjects = new LinkedHashMap<>();

		for (SubjectAssociation association : associations) {
			subjects.put(
				association.code(),
				_names(association.russianName(), association.englishName()));
		}

		_vocabulary(
			result, serviceContext, companyGroupId, dlFileEntryClassNameId,
			LibraryConstants.VOCABULARY_SUBJECT, "Предмет", "Subject", false,
			subjects);

		Map<String, Map<Locale, String>> grades = new LinkedHashMap<>();

		for (int grade : Grades.all()) {
			grades.put(
				Grades.code(grade),
				_names(grade + " класс", "Grade " + grade));
		}

		_vocabulary(
			result, serviceContext, companyGroupId, dlFileEntryClassNameId,
			LibraryConstants.VOCABULARY_GRADE, "Класс", "Grade", true, grades);

		Map<String, Map<Locale, String>> types = new LinkedHashMap<>();

		for (MaterialType type : MaterialType.values()) {
			types.put(type.code(), _names(type.russianName(), type.englishName()));
		}

		_vocabulary(
			result, serviceContext, companyGroupId, dlFileEntryClassNameId,
			LibraryConstants.VOCABULARY_MATERIAL_TYPE, "Вид материала",
			"Material type", false, types);

		result._workflowDefinition = _workflowDefinition(
			result, companyId, userId);

		return result;
	}

	/** The metadata form of the type: the material's fields as the Documents and Media screens show them. */
	public static DDMForm buildDDMForm() {
		DDMForm ddmForm = new DDMForm();

		ddmForm.addAvailableLocale(RUSSIAN);
		ddmForm.addAvailableLocale(Locale.US);
		ddmForm.setDefaultLocale(RUSSIAN);
		ddmForm.setDefinitionSchemaVersion("2.0");

		ddmForm.addDDMFormField(
			_field(LibraryConstants.FIELD_SUBJECT, "Предмет (РМО)", "Subject (association)"));
		ddmForm.addDDMFormField(
			_field(LibraryConstants.FIELD_GRADES, "Классы", "Grades"));

		DDMFormField typeField = _field(
			LibraryConstants.FIELD_MATERIAL_TYPE, "Вид материала", "Material type");

		typeField.setType("select");

		DDMFormFieldOptions options = new DDMFormFieldOptions();

		for (MaterialType type : MaterialType.values()) {
			options.addOptionLabel(type.code(), RUSSIAN, type.russianName());
			options.addOptionLabel(type.code(), Locale.US, type.englishName());
			options.addOptionReference(type.code(), type.code());
		}

		typeField.setDDMFormFieldOptions(options);

		ddmForm.addDDMFormField(typeField);
		ddmForm.addDDMFormField(
			_field(LibraryConstants.FIELD_RISK_FACTORS, "Факторы риска", "Risk factors"));
		ddmForm.addDDMFormField(
			_field(LibraryConstants.FIELD_COMPETENCES, "Компетенции", "Competences"));
		ddmForm.addDDMFormField(
			_field(LibraryConstants.FIELD_AUTHOR_SCHOOL, "Школа автора", "Author's school"));

		return ddmForm;
	}

	/** What the instance has after a run, and what the run added. */
	public static final class Result {

		public List<String> getCreated() {
			return _created;
		}

		public long getDDMStructureId() {
			return _ddmStructureId;
		}

		public long getFileEntryTypeId() {
			return _fileEntryTypeId;
		}

		/** {@code name@version} of the review workflow, as folders link it. */
		public String getWorkflowDefinition() {
			return _workflowDefinition;
		}

		@Override
		public String toString() {
			return "file entry type " + _fileEntryTypeId + ", workflow " +
				_workflowDefinition + ", created " + _created;
		}

		private final List<String> _created = new ArrayList<>();
		private long _ddmStructureId;
		private long _fileEntryTypeId;
		private String _workflowDefinition;

	}

	public static final Locale RUSSIAN = new Locale("ru", "RU");

	private static DDMFormField _field(
		String name, String russianLabel, String englishLabel) {

		DDMFormField ddmFormField = new DDMFormField(name, "text");

		ddmFormField.setDataType("string");
		ddmFormField.setFieldReference(name);
		ddmFormField.setIndexType("keyword");
		ddmFormField.setLocalizable(false);
		ddmFormField.setShowLabel(true);

		LocalizedValue label = new LocalizedValue(RUSSIAN);

		label.addString(RUSSIAN, russianLabel);
		label.addString(Locale.US, englishLabel);

		ddmFormField.setLabel(label);

		return ddmFormField;
	}

	private static Map<Locale, String> _names(String russian, String english) {
		Map<Locale, String> names = new LinkedHashMap<>();

		names.put(RUSSIAN, russian);
		names.put(Locale.US, english);

		return names;
	}

	private static byte[] _readWorkflow() {
		try (InputStream inputStream =
				LibraryTypeInstaller.class.getResourceAsStream(
					WORKFLOW_RESOURCE)) {

			ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

			inputStream.transferTo(outputStream);

			return outputStream.toByteArray();
		}
		catch (IOException ioException) {
			throw new IllegalStateException(ioException);
		}
	}

	private void _vocabulary(
			Result result, ServiceContext serviceContext, long companyGroupId,
			long dlFileEntryClassNameId, String erc, String russianTitle,
			String englishTitle, boolean multiValued,
			Map<String, Map<Locale, String>> categories)
		throws PortalException {

		AssetVocabulary vocabulary =
			_assetVocabularyLocalService.
				fetchAssetVocabularyByExternalReferenceCode(erc, companyGroupId);

		if (vocabulary == null) {
			AssetVocabularySettingsHelper settings =
				new AssetVocabularySettingsHelper();

			settings.setClassNameIdsAndClassTypePKs(
				new long[] {dlFileEntryClassNameId},
				new long[] {result._fileEntryTypeId}, new boolean[] {false});
			settings.setMultiValued(multiValued);

			vocabulary = _assetVocabularyLocalService.addVocabulary(
				erc, serviceContext.getUserId(), companyGroupId, erc,
				russianTitle, _names(russianTitle, englishTitle),
				_names(russianTitle + " (методическая библиотека «Опоры»)",
					englishTitle + " (Opora methodological library)"),
				settings.toString(),
				AssetVocabularyConstants.VISIBILITY_TYPE_PUBLIC,
				serviceContext);

			result._created.add("vocabulary " + erc);
		}

		for (Map.Entry<String, Map<Locale, String>> entry :
				categories.entrySet()) {

			String categoryERC = LibraryConstants.categoryERC(
				erc, entry.getKey());

			AssetCategory category =
				_assetCategoryLocalService.
					fetchAssetCategoryByExternalReferenceCode(
						categoryERC, companyGroupId);

			if (category != null) {
				continue;
			}

			_assetCategoryLocalService.addCategory(
				categoryERC, serviceContext.getUserId(), companyGroupId,
				AssetCategoryConstants.DEFAULT_PARENT_CATEGORY_ID,
				entry.getValue(), null, vocabulary.getVocabularyId(), null,
				serviceContext);

			result._created.add("category " + categoryERC);
		}
	}

	private String _workflowDefinition(
			Result result, long companyId, long userId)
		throws PortalException {

		List<WorkflowDefinition> workflowDefinitions =
			_workflowDefinitionManager.getActiveWorkflowDefinitions(
				companyId, LibraryConstants.WORKFLOW_DEFINITION_NAME, 0, 1,
				null);

		WorkflowDefinition workflowDefinition;

		if (workflowDefinitions.isEmpty()) {
			workflowDefinition =
				_workflowDefinitionManager.deployWorkflowDefinition(
					companyId, userId, _WORKFLOW_TITLE,
					LibraryConstants.WORKFLOW_DEFINITION_NAME,
					_readWorkflow());

			result._created.add(
				"workflow " + LibraryConstants.WORKFLOW_DEFINITION_NAME);
		}
		else {
			workflowDefinition = workflowDefinitions.get(0);
		}

		return workflowDefinition.getName() + "@" +
			workflowDefinition.getVersion();
	}

	private static final String _TYPE_DESCRIPTION_EN =
		"Opora: a teacher's methodological material with its subject, grades, type, risk factors and competences";

	private static final String _TYPE_DESCRIPTION_RU =
		"«Опора»: методический материал педагога с предметом, классами, видом, факторами риска и компетенциями";

	private static final String _TYPE_EN = "Methodological material";

	private static final String _TYPE_RU = "Методический материал";

	/** The title as the portal's workflow screens show it (a localised XML map). */
	private static final String _WORKFLOW_TITLE =
		"<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"ru_RU,en_US\" default-locale=\"ru_RU\">" +
			"<Title language-id=\"ru_RU\">Проверка методических материалов</Title>" +
				"<Title language-id=\"en_US\">Review of methodological materials</Title></root>";

	private final AssetCategoryLocalService _assetCategoryLocalService;
	private final AssetVocabularyLocalService _assetVocabularyLocalService;
	private final ClassNameLocalService _classNameLocalService;
	private final DDM _ddm;
	private final DDMStructureLocalService _ddmStructureLocalService;
	private final DLFileEntryTypeLocalService _dlFileEntryTypeLocalService;
	private final WorkflowDefinitionManager _workflowDefinitionManager;

}
