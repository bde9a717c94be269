package ru.opora.library.internal.service;

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
import com.liferay.document.library.kernel.model.DLFileEntryMetadata;
import com.liferay.document.library.kernel.model.DLFileEntryType;
import com.liferay.document.library.kernel.model.DLFolder;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.document.library.kernel.service.DLFileEntryLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryMetadataLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryTypeLocalService;
import com.liferay.document.library.kernel.service.DLFolderLocalService;
import com.liferay.dynamic.data.mapping.kernel.StorageEngineManager;
import com.liferay.dynamic.data.mapping.model.DDMForm;
import com.liferay.dynamic.data.mapping.model.DDMStructure;
import com.liferay.dynamic.data.mapping.model.UnlocalizedValue;
import com.liferay.dynamic.data.mapping.service.DDMStructureLocalService;
import com.liferay.dynamic.data.mapping.storage.DDMFormFieldValue;
import com.liferay.dynamic.data.mapping.storage.DDMFormValues;
import com.liferay.dynamic.data.mapping.util.DDMBeanTranslator;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.FileVersion;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.permission.ModelPermissions;
import com.liferay.portal.kernel.service.permission.ModelPermissionsFactory;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.library.Grades;
import ru.opora.domain.library.LibraryTags;
import ru.opora.domain.library.MaterialMetadata;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.internal.installer.LibraryFolderInstaller;
import ru.opora.library.internal.installer.LibrarySetup;
import ru.opora.library.internal.installer.LibraryTypeInstaller;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;

/**
 * The library over Documents and Media. Every method checks the library
 * resource in the site where the portlet is ({@code groupId}, a
 * municipality), then works in the region site's library: uploads go through
 * {@link DLAppLocalService} (after the check) with the folder's review
 * workflow, searches through {@link AssetEntryService} (which leaves out what
 * the user may not see), single materials through {@link DLAppService}.
 *
 * @author Opora
 */
@Component(service = LibraryService.class)
public class LibraryServiceImpl implements LibraryService {

	@Override
	public Material addMaterial(
			long groupId, MaterialMetadata metadata, String fileName,
			String mimeType, byte[] bytes, ServiceContext serviceContext)
		throws PortalException {

		PermissionChecker permissionChecker = _permissionChecker();

		_portletResourcePermission.check(
			permissionChecker, groupId, LibraryActionKeys.ADD_MATERIAL);

		Group group = _groupLocalService.getGroup(groupId);

		long companyId = group.getCompanyId();

		List<SubjectAssociation> associations =
			_librarySetup.getSubjectAssociations(companyId);

		List<String> subjectCodes = new ArrayList<>();

		for (SubjectAssociation association : associations) {
			subjectCodes.add(association.code());
		}

		Violations violations = metadata.validate(subjectCodes);

		long maxBytes =
			_librarySetup.getConfiguration(
				companyId
			).maxFileSizeMB() * 1024L * 1024L;

		List<Violation> all = new ArrayList<>(violations.list());

		all.addAll(
			MaterialMetadata.validateFile(
				fileName, (bytes == null) ? 0 : bytes.length, maxBytes
			).list());

		Group regionGroup = _librarySetup.fetchRegionGroup(companyId);

		if (regionGroup == null) {
			all.add(
				Violation.of(
					MaterialMetadata.FIELD_FILE, "library-no-region-site",
					_librarySetup.getConfiguration(
						companyId
					).regionSiteFriendlyURL()));
		}

		if (!all.isEmpty()) {
			throw new MaterialValidationException(all);
		}

		try {
			return TransactionInvokerUtil.invoke(
				_transactionConfig,
				() -> _addMaterial(
					permissionChecker.getUserId(), group, regionGroup,
					metadata, fileName, mimeType, bytes, serviceContext));
		}
		catch (PortalException | RuntimeException exception) {
			throw exception;
		}
		catch (Throwable throwable) {
			throw new PortalException(throwable);
		}
	}

	@Override
	public Material getMaterial(long groupId, long fileEntryId)
		throws PortalException {

		_portletResourcePermission.check(
			_permissionChecker(), groupId, LibraryActionKeys.VIEW);

		FileEntry fileEntry = _dlAppService.getFileEntry(fileEntryId);

		DLFileEntryType fileEntryType = _fetchFileEntryType(
			_groupLocalService.getGroup(
				groupId
			).getCompanyId());

		if ((fileEntryType == null) ||
			!(fileEntry.getModel() instanceof DLFileEntry) ||
			(((DLFileEntry)fileEntry.getModel()).getFileEntryTypeId() !=
				fileEntryType.getFileEntryTypeId())) {

			throw new NoSuchFileEntryException(
				"File entry " + fileEntryId + " is not a library material");
		}

		return _toMaterial(fileEntry, fileEntryType);
	}

	@Override
	public List<Material> getMaterials(long groupId, List<Long> fileEntryIds)
		throws PortalException {

		_portletResourcePermission.check(
			_permissionChecker(), groupId, LibraryActionKeys.VIEW);

		List<Material> materials = new ArrayList<>();

		for (long fileEntryId : fileEntryIds) {
			try {
				materials.add(getMaterial(groupId, fileEntryId));
			}
			catch (NoSuchFileEntryException | PrincipalException exception) {

				// Deleted, not a material, or not visible to the user: left out.

			}
		}

		return materials;
	}

	@Override
	public List<Material> getPendingMaterials(long groupId)
		throws PortalException {

		_portletResourcePermission.check(
			_permissionChecker(), groupId, LibraryActionKeys.REVIEW_MATERIALS);

		Group group = _groupLocalService.getGroup(groupId);
		Group regionGroup = _librarySetup.fetchRegionGroup(
			group.getCompanyId());
		DLFileEntryType fileEntryType = _fetchFileEntryType(
			group.getCompanyId());

		if ((regionGroup == null) || (fileEntryType == null)) {
			return Collections.emptyList();
		}

		List<Material> materials = new ArrayList<>();

		for (SubjectAssociation association :
				_librarySetup.getSubjectAssociations(group.getCompanyId())) {

			DLFolder folder =
				_dlFolderLocalService.fetchDLFolderByExternalReferenceCode(
					LibraryConstants.subjectFolderERC(
						groupId, association.code()),
					regionGroup.getGroupId());

			if (folder == null) {
				continue;
			}

			for (DLFileEntry dlFileEntry :
					_dlFileEntryLocalService.getFileEntries(
						regionGroup.getGroupId(), folder.getFolderId(),
						WorkflowConstants.STATUS_PENDING, 0, _MAX_PENDING,
						null)) {

				materials.add(
					_toMaterial(
						_dlAppLocalService.getFileEntry(
							dlFileEntry.getFileEntryId()),
						fileEntryType));
			}
		}

		return materials;
	}

	@Override
	public List<SubjectAssociation> getSubjectAssociations(long companyId)
		throws PortalException {

		return _librarySetup.getSubjectAssociations(companyId);
	}

	@Override
	public List<Material> search(
			long groupId, MaterialQuery query, int start, int end)
		throws PortalException {

		AssetEntryQuery assetEntryQuery = _toAssetEntryQuery(groupId, query);

		if (assetEntryQuery == null) {
			return Collections.emptyList();
		}

		assetEntryQuery.setStart(start);
		assetEntryQuery.setEnd(end);

		DLFileEntryType fileEntryType = _fetchFileEntryType(
			_groupLocalService.getGroup(
				groupId
			).getCompanyId());

		List<Material> materials = new ArrayList<>();

		for (AssetEntry assetEntry :
				_assetEntryService.getEntries(assetEntryQuery)) {

			materials.add(
				_toMaterial(
					_dlAppLocalService.getFileEntry(assetEntry.getClassPK()),
					fileEntryType));
		}

		return materials;
	}

	@Override
	public int searchCount(long groupId, MaterialQuery query)
		throws PortalException {

		AssetEntryQuery assetEntryQuery = _toAssetEntryQuery(groupId, query);

		if (assetEntryQuery == null) {
			return 0;
		}

		return _assetEntryService.getEntriesCount(assetEntryQuery);
	}

	private Material _addMaterial(
			long userId, Group group, Group regionGroup,
			MaterialMetadata metadata, String fileName, String mimeType,
			byte[] bytes, ServiceContext serviceContext)
		throws PortalException {

		long companyId = group.getCompanyId();

		LibraryTypeInstaller.Result result = _librarySetup.installCompany(
			companyId);

		Map<String, Long> folderIds = _librarySetup.installMunicipality(
			result, regionGroup, group, LibraryFolderInstaller.newLog());

		long folderId = folderIds.get(metadata.getSubjectCode());

		long companyGroupId = _groupLocalService.getCompanyGroup(
			companyId
		).getGroupId();

		List<Long> categoryIds = new ArrayList<>();

		categoryIds.add(
			_categoryId(
				companyGroupId, LibraryConstants.VOCABULARY_SUBJECT,
				metadata.getSubjectCode()));
		categoryIds.add(
			_categoryId(
				companyGroupId, LibraryConstants.VOCABULARY_MATERIAL_TYPE,
				metadata.getType().code()));

		for (int grade : metadata.getGrades()) {
			categoryIds.add(
				_categoryId(
					companyGroupId, LibraryConstants.VOCABULARY_GRADE,
					Grades.code(grade)));
		}

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(false);
		serviceContext.setAssetCategoryIds(
			categoryIds.stream(
			).mapToLong(
				Long::longValue
			).toArray());
		serviceContext.setAssetTagNames(
			metadata.tags(
			).toArray(
				new String[0]
			));
		serviceContext.setAttribute(
			"fileEntryTypeId", result.getFileEntryTypeId());
		serviceContext.setCompanyId(companyId);
		ModelPermissions modelPermissions = ModelPermissionsFactory.create(
			DLFileEntry.class.getName());

		// VIEW for every signed-in user of the instance and the region site's members

		modelPermissions.addRolePermissions(RoleConstants.USER, ActionKeys.VIEW);
		modelPermissions.addRolePermissions(
			RoleConstants.SITE_MEMBER, ActionKeys.VIEW);

		serviceContext.setModelPermissions(modelPermissions);
		serviceContext.setScopeGroupId(regionGroup.getGroupId());
		serviceContext.setUserId(userId);
		serviceContext.setWorkflowAction(WorkflowConstants.ACTION_PUBLISH);

		DDMStructure ddmStructure = _ddmStructureLocalService.getStructure(
			result.getDDMStructureId());

		serviceContext.setAttribute(
			com.liferay.dynamic.data.mapping.kernel.DDMFormValues.class.
				getName() + "#" + ddmStructure.getStructureId(),
			_ddmBeanTranslator.translate(
				_ddmFormValues(
					ddmStructure.getDDMForm(), metadata, companyId)));

		FileEntry fileEntry = _dlAppLocalService.addFileEntry(
			null, userId, regionGroup.getGroupId(), folderId, fileName,
			mimeType, metadata.getTitle(), "", metadata.getDescription(), "",
			bytes, null, null, serviceContext);

		return _toMaterial(fileEntry, _fetchFileEntryType(companyId));
	}

	private long _categoryId(long companyGroupId, String vocabulary, String code)
		throws PortalException {

		AssetCategory category =
			_assetCategoryLocalService.getAssetCategoryByExternalReferenceCode(
				LibraryConstants.categoryERC(vocabulary, code), companyGroupId);

		return category.getCategoryId();
	}

	private DDMFormValues _ddmFormValues(
			DDMForm ddmForm, MaterialMetadata metadata, long companyId)
		throws PortalException {

		DDMFormValues ddmFormValues = new DDMFormValues(ddmForm);

		ddmFormValues.addAvailableLocale(LibraryTypeInstaller.RUSSIAN);
		ddmFormValues.setDefaultLocale(LibraryTypeInstaller.RUSSIAN);

		String subjectName = metadata.getSubjectCode();

		for (SubjectAssociation association :
				_librarySetup.getSubjectAssociations(companyId)) {

			if (association.code().equals(metadata.getSubjectCode())) {
				subjectName = association.russianName();
			}
		}

		Map<String, String> values = new LinkedHashMap<>();

		values.put(LibraryConstants.FIELD_SUBJECT, subjectName);
		values.put(
			LibraryConstants.FIELD_GRADES,
			Grades.format(metadata.getGrades()));
		values.put(
			LibraryConstants.FIELD_MATERIAL_TYPE,
			"[\"" + metadata.getType().code() + "\"]");
		values.put(
			LibraryConstants.FIELD_RISK_FACTORS,
			String.join(", ", metadata.getRiskFactorCodes()));
		values.put(
			LibraryConstants.FIELD_COMPETENCES,
			String.join(", ", metadata.getCompetenceCodes()));
		values.put(
			LibraryConstants.FIELD_AUTHOR_SCHOOL, metadata.getAuthorSchool());

		int index = 0;

		for (Map.Entry<String, String> entry : values.entrySet()) {
			DDMFormFieldValue ddmFormFieldValue = new DDMFormFieldValue();

			ddmFormFieldValue.setFieldReference(entry.getKey());
			ddmFormFieldValue.setInstanceId("opora" + index++);
			ddmFormFieldValue.setName(entry.getKey());
			ddmFormFieldValue.setValue(new UnlocalizedValue(entry.getValue()));

			ddmFormValues.addDDMFormFieldValue(ddmFormFieldValue);
		}

		return ddmFormValues;
	}

	private DLFileEntryType _fetchFileEntryType(long companyId)
		throws PortalException {

		return _dlFileEntryTypeLocalService.fetchFileEntryType(
			_groupLocalService.getCompanyGroup(
				companyId
			).getGroupId(),
			LibraryConstants.FILE_ENTRY_TYPE_KEY);
	}

	private PermissionChecker _permissionChecker() throws PrincipalException {
		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if (permissionChecker == null) {
			throw new PrincipalException("No permission checker");
		}

		return permissionChecker;
	}

	/**
	 * The query of a search in the region library, or {@code null} when a
	 * filter names something that does not exist (nothing can match).
	 */
	private AssetEntryQuery _toAssetEntryQuery(long groupId, MaterialQuery query)
		throws PortalException {

		_portletResourcePermission.check(
			_permissionChecker(), groupId, LibraryActionKeys.VIEW);

		long companyId = _groupLocalService.getGroup(
			groupId
		).getCompanyId();

		Group regionGroup = _librarySetup.fetchRegionGroup(companyId);
		DLFileEntryType fileEntryType = _fetchFileEntryType(companyId);

		if ((regionGroup == null) || (fileEntryType == null)) {
			return null;
		}

		long companyGroupId = _groupLocalService.getCompanyGroup(
			companyId
		).getGroupId();

		List<String> categoryERCs = new ArrayList<>();

		if (!query.getSubjectCode().isEmpty()) {
			categoryERCs.add(
				LibraryConstants.categoryERC(
					LibraryConstants.VOCABULARY_SUBJECT,
					query.getSubjectCode()));
		}

		if (!query.getMaterialTypeCode().isEmpty()) {
			categoryERCs.add(
				LibraryConstants.categoryERC(
					LibraryConstants.VOCABULARY_MATERIAL_TYPE,
					query.getMaterialTypeCode()));
		}

		if (query.getGrade() > 0) {
			categoryERCs.add(
				LibraryConstants.categoryERC(
					LibraryConstants.VOCABULARY_GRADE,
					Grades.code(query.getGrade())));
		}

		List<Long> categoryIds = new ArrayList<>();

		for (String erc : categoryERCs) {
			AssetCategory category =
				_assetCategoryLocalService.
					fetchAssetCategoryByExternalReferenceCode(
						erc, companyGroupId);

			if (category == null) {
				return null;
			}

			categoryIds.add(category.getCategoryId());
		}

		List<String> tagNames = new ArrayList<>();

		if (!query.getRiskFactorCode().isEmpty()) {
			String tagName = LibraryTags.riskFactorTag(
				query.getRiskFactorCode());

			if (tagName == null) {
				return null;
			}

			tagNames.add(tagName);
		}

		if (!query.getCompetenceCode().isEmpty()) {
			String tagName = LibraryTags.competenceTag(
				query.getCompetenceCode());

			if (tagName == null) {
				return null;
			}

			tagNames.add(tagName);
		}

		List<Long> tagIds = new ArrayList<>();

		for (String tagName : tagNames) {
			AssetTag assetTag = _assetTagLocalService.fetchTag(
				regionGroup.getGroupId(), tagName);

			if (assetTag == null) {
				return null;
			}

			tagIds.add(assetTag.getTagId());
		}

		AssetEntryQuery assetEntryQuery = new AssetEntryQuery();

		assetEntryQuery.setAllCategoryIds(
			categoryIds.stream(
			).mapToLong(
				Long::longValue
			).toArray());
		assetEntryQuery.setAllTagIds(
			tagIds.stream(
			).mapToLong(
				Long::longValue
			).toArray());
		assetEntryQuery.setClassNameIds(
			new long[] {
				_classNameLocalService.getClassNameId(
					DLFileEntry.class.getName())
			});
		assetEntryQuery.setClassTypeIds(
			new long[] {fileEntryType.getFileEntryTypeId()});
		assetEntryQuery.setGroupIds(new long[] {regionGroup.getGroupId()});
		assetEntryQuery.setOrderByCol1("modifiedDate");
		assetEntryQuery.setVisible(Boolean.TRUE);

		if (!query.getKeywords().isEmpty()) {
			assetEntryQuery.setKeywords(query.getKeywords());
		}

		return assetEntryQuery;
	}

	private Material _toMaterial(
			FileEntry fileEntry, DLFileEntryType fileEntryType)
		throws PortalException {

		FileVersion fileVersion = fileEntry.getLatestFileVersion();

		AssetEntry assetEntry = _assetEntryLocalService.fetchEntry(
			DLFileEntry.class.getName(), fileEntry.getFileEntryId());

		com.liferay.dynamic.data.mapping.kernel.DDMFormValues ddmFormValues =
			null;

		if (fileEntryType != null) {
			DLFileEntryMetadata dlFileEntryMetadata =
				_dlFileEntryMetadataLocalService.fetchFileEntryMetadata(
					fileEntryType.getDataDefinitionId(),
					fileVersion.getFileVersionId());

			if (dlFileEntryMetadata != null) {
				ddmFormValues = _storageEngineManager.getDDMFormValues(
					dlFileEntryMetadata.getDDMStorageId());
			}
		}

		DLFolder municipalityFolder = null;
		DLFolder folder = _dlFolderLocalService.fetchFolder(
			fileEntry.getFolderId());

		if (folder != null) {
			municipalityFolder = _dlFolderLocalService.fetchFolder(
				folder.getParentFolderId());
		}

		return MaterialMapper.toMaterial(
			fileEntry, fileVersion, assetEntry, ddmFormValues,
			municipalityFolder);
	}

	private static final int _MAX_PENDING = 500;

	private static final TransactionConfig _transactionConfig =
		TransactionConfig.Factory.create(
			Propagation.REQUIRED, new Class<?>[] {Exception.class});

	@Reference
	private AssetCategoryLocalService _assetCategoryLocalService;

	@Reference
	private AssetEntryLocalService _assetEntryLocalService;

	@Reference
	private AssetEntryService _assetEntryService;

	@Reference
	private AssetTagLocalService _assetTagLocalService;

	@Reference
	private ClassNameLocalService _classNameLocalService;

	@Reference
	private DDMBeanTranslator _ddmBeanTranslator;

	@Reference
	private DDMStructureLocalService _ddmStructureLocalService;

	@Reference
	private DLAppLocalService _dlAppLocalService;

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private DLFileEntryLocalService _dlFileEntryLocalService;

	@Reference
	private DLFileEntryMetadataLocalService _dlFileEntryMetadataLocalService;

	@Reference
	private DLFileEntryTypeLocalService _dlFileEntryTypeLocalService;

	@Reference
	private DLFolderLocalService _dlFolderLocalService;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private LibrarySetup _librarySetup;

	@Reference(
		target = "(resource.name=" + LibraryConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private StorageEngineManager _storageEngineManager;

}
