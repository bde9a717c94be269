package ru.opora.riskprofile.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.service.RiskDocumentLocalService;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Publishes the permission checker of a document (view, update, review): the
 * school's rules of {@link RiskSchoolPermission} decide, so a document is seen
 * by its school's team, its curator and the coordinators only.
 *
 * @author Opora
 */
@Component(service = {})
public class RiskDocumentModelResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_serviceRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<RiskDocument>>)(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				RiskDocument.class, RiskDocument::getRiskDocumentId, _riskDocumentLocalService::getRiskDocument,
				_portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(new SchoolLogic())),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", RiskDocument.class.getName()
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_serviceRegistration.unregister();
	}

	@Reference(target = "(resource.name=" + RiskProfileConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RiskDocumentLocalService _riskDocumentLocalService;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

	private ServiceRegistration<ModelResourcePermission<RiskDocument>> _serviceRegistration;

	private class SchoolLogic implements ModelResourcePermissionLogic<RiskDocument> {

		@Override
		public Boolean contains(
			PermissionChecker permissionChecker, String name, RiskDocument riskDocument, String actionId) {

			School school = _schoolLocalService.fetchSchool(riskDocument.getSchoolId());

			if (school == null) {
				return false;
			}

			return _riskSchoolPermission.contains(permissionChecker, school, actionId);
		}

	}

}
