package ru.opora.library.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.module.framework.ModuleServiceLifecycle;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.PropsUtil;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.internal.installer.LibraryDemoReviewer;
import ru.opora.library.internal.installer.LibraryFolderInstaller;
import ru.opora.library.internal.installer.LibrarySetup;
import ru.opora.library.internal.installer.LibraryTypeInstaller;

/**
 * Sets the library up in every portal instance the portal registers: the file
 * entry type, vocabularies and review workflow, then, if the region site
 * exists, the folders of every municipality site made from the Opora site
 * template. Idempotent; a municipality added later gets its folders at its
 * first upload or at the next start. With {@code opora.demo.data.enabled}
 * the demo methodologist reviews the region library
 * ({@link LibraryDemoReviewer}).
 *
 * <p>
 * It starts after portal-setup's demo region listener, so that on the first
 * start of a demo portal the region and its municipalities exist when the
 * folders are made.
 * </p>
 *
 * @author Opora
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class LibraryPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		long companyId = company.getCompanyId();

		LibraryTypeInstaller.Result result = _librarySetup.installCompany(
			companyId);

		List<String> created = LibraryFolderInstaller.newLog();

		created.addAll(result.getCreated());

		Group regionGroup = _librarySetup.fetchRegionGroup(companyId);

		if (regionGroup == null) {
			if (_log.isInfoEnabled()) {
				_log.info(
					"Opora library of company " + companyId +
						": no region site yet, folders come with it");
			}
		}
		else {
			if (GetterUtil.getBoolean(
					PropsUtil.get("opora.demo.data.enabled")) &&
				new LibraryDemoReviewer(
					_roleLocalService, _userGroupRoleLocalService,
					_userLocalService
				).apply(
					regionGroup
				)) {

				created.add(
					"demo: " + LibraryDemoReviewer.EMAIL_ADDRESS +
						" is a Methodologist of the region");
			}

			for (long groupId :
					_librarySetup.getMunicipalityGroupIds(companyId)) {

				Group municipalityGroup = _groupLocalService.fetchGroup(
					groupId);

				if ((municipalityGroup != null) &&
					(municipalityGroup.getGroupId() !=
						regionGroup.getGroupId())) {

					_librarySetup.installMunicipality(
						result, regionGroup, municipalityGroup, created);
				}
			}
		}

		if (!created.isEmpty() && _log.isInfoEnabled()) {
			_log.info(
				"Opora library of company " + companyId + ": added " +
					created);
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		LibraryPortalInstanceLifecycleListener.class);

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private LibrarySetup _librarySetup;

	@Reference(target = ModuleServiceLifecycle.PORTAL_INITIALIZED)
	private ModuleServiceLifecycle _moduleServiceLifecycle;

	@Reference(
		target = "(component.name=ru.opora.portal.setup.internal.instance.lifecycle.OporaDemoRegionPortalInstanceLifecycleListener)"
	)
	private PortalInstanceLifecycleListener
		_oporaDemoRegionPortalInstanceLifecycleListener;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
