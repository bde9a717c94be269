package ru.opora.cooperation.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.internal.party.PartyDirectors;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.AgreementPartyLocalService;
import ru.opora.cooperation.service.CooperationAgreementLocalService;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Publishes the permission checker of a single agreement (view, update,
 * delete, permissions): its author and the parties' directors first
 * ({@link CooperationAgreementPartyPermissionLogic}), then the portal's
 * resource permissions of the agreement (coordinators' roles).
 *
 * @author Opora
 */
@Component(service = {})
public class CooperationAgreementModelResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_serviceRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<CooperationAgreement>>)(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				CooperationAgreement.class, CooperationAgreement::getAgreementId,
				_cooperationAgreementLocalService::getCooperationAgreement, _portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(
					new CooperationAgreementPartyPermissionLogic(
						_agreementPartyLocalService, _partyDirectors, _portletResourcePermission,
						_schoolLocalService))),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", CooperationAgreement.class.getName()
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_serviceRegistration.unregister();
	}

	@Reference
	private AgreementPartyLocalService _agreementPartyLocalService;

	@Reference
	private CooperationAgreementLocalService _cooperationAgreementLocalService;

	@Reference
	private PartyDirectors _partyDirectors;

	@Reference(target = "(resource.name=" + CooperationConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

	private ServiceRegistration<ModelResourcePermission<CooperationAgreement>> _serviceRegistration;

}
