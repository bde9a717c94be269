package ru.opora.library.internal.installer;

import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryTypeLocalService;
import com.liferay.document.library.kernel.service.DLFolderLocalService;
import com.liferay.dynamic.data.mapping.service.DDMStructureLocalService;
import com.liferay.dynamic.data.mapping.util.DDM;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.LayoutSet;
import com.liferay.portal.kernel.model.LayoutSetPrototype;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.WorkflowDefinitionLinkLocalService;
import com.liferay.portal.workflow.manager.WorkflowDefinitionManager;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.configuration.LibraryConfiguration;

/**
 * The library's set-up in one place, for the start-up listener and for the
 * service (which completes a municipality's folders at its first upload): the
 * instance's configuration, the region site, the company-level installer and
 * the folder installer.
 *
 * @author Opora
 */
@Component(service = LibrarySetup.class)
public class LibrarySetup {

	/** Russian name of portal-setup's site template of municipalities. */
	public static final String MUNICIPALITY_TEMPLATE_NAME = "Опора: муниципалитет";

	public LibraryConfiguration getConfiguration(long companyId)
		throws PortalException {

		return _configurationProvider.getCompanyConfiguration(
			LibraryConfiguration.class, companyId);
	}

	/** The region site of the instance (configured friendly URL), or {@code null}. */
	public Group fetchRegionGroup(long companyId) throws PortalException {
		return _groupLocalService.fetchFriendlyURLGroup(
			companyId, getConfiguration(companyId).regionSiteFriendlyURL());
	}

	/** The first administrator of the instance: owner of what the library creates. */
	public long getAdminUserId(long companyId) throws PortalException {
		Role role = _roleLocalService.getRole(
			companyId, RoleConstants.ADMINISTRATOR);

		long[] userIds = _userLocalService.getRoleUserIds(role.getRoleId());

		if (userIds.length == 0) {
			return _userLocalService.getGuestUserId(companyId);
		}

		return Arrays.stream(
			userIds
		).min(
		).getAsLong();
	}

	/** The sites created from the municipality site template. */
	public Set<Long> getMunicipalityGroupIds(long companyId) {
		Set<Long> groupIds = new TreeSet<>();

		for (LayoutSetPrototype layoutSetPrototype :
				_layoutSetPrototypeLocalService.getLayoutSetPrototypes(
					companyId)) {

			Map<Locale, String> nameMap = layoutSetPrototype.getNameMap();

			if ((nameMap == null) ||
				!MUNICIPALITY_TEMPLATE_NAME.equals(
					nameMap.get(LibraryTypeInstaller.RUSSIAN))) {

				continue;
			}

			for (LayoutSet layoutSet :
					_layoutSetLocalService.getLayoutSetsByLayoutSetPrototypeUuid(
						layoutSetPrototype.getUuid())) {

				groupIds.add(layoutSet.getGroupId());
			}
		}

		return groupIds;
	}

	public List<SubjectAssociation> getSubjectAssociations(long companyId)
		throws PortalException {

		return SubjectAssociation.parseAll(
			Arrays.asList(getConfiguration(companyId).subjectAssociations()));
	}

	/** Adds what is missing at company level (type, vocabularies, workflow). */
	public LibraryTypeInstaller.Result installCompany(long companyId)
		throws PortalException {

		Group companyGroup = _groupLocalService.getCompanyGroup(companyId);

		return new LibraryTypeInstaller(
			_assetCategoryLocalService, _assetVocabularyLocalService,
			_classNameLocalService, _ddm, _ddmStructureLocalService,
			_dlFileEntryTypeLocalService, _workflowDefinitionManager
		).install(
			companyId, companyGroup.getGroupId(), getAdminUserId(companyId),
			getSubjectAssociations(companyId)
		);
	}

	/**
	 * Adds what is missing of a municipality's folders in the region site;
	 * the subject folders' IDs by association code.
	 */
	public Map<String, Long> installMunicipality(
			LibraryTypeInstaller.Result result, Group regionGroup,
			Group municipalityGroup, List<String> created)
		throws PortalException {

		return new LibraryFolderInstaller(
			_dlFolderLocalService, _workflowDefinitionLinkLocalService
		).install(
			regionGroup.getCompanyId(), regionGroup.getGroupId(),
			getAdminUserId(regionGroup.getCompanyId()),
			municipalityGroup.getGroupId(),
			municipalityGroup.getName(LibraryTypeInstaller.RUSSIAN),
			getSubjectAssociations(regionGroup.getCompanyId()),
			result.getFileEntryTypeId(), result.getWorkflowDefinition(),
			created
		);
	}

	@Reference
	private AssetCategoryLocalService _assetCategoryLocalService;

	@Reference
	private AssetVocabularyLocalService _assetVocabularyLocalService;

	@Reference
	private ClassNameLocalService _classNameLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private DDM _ddm;

	@Reference
	private DDMStructureLocalService _ddmStructureLocalService;

	@Reference
	private DLFileEntryTypeLocalService _dlFileEntryTypeLocalService;

	@Reference
	private DLFolderLocalService _dlFolderLocalService;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private LayoutSetLocalService _layoutSetLocalService;

	@Reference
	private LayoutSetPrototypeLocalService _layoutSetPrototypeLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private WorkflowDefinitionLinkLocalService
		_workflowDefinitionLinkLocalService;

	@Reference
	private WorkflowDefinitionManager _workflowDefinitionManager;

}
