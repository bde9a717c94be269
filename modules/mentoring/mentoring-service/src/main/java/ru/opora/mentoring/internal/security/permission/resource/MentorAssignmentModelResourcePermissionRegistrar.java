package ru.opora.mentoring.internal.security.permission.resource;

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

import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;

/**
 * Publishes the permission checker of a single assignment (view, update,
 * delete, permissions, add event, report): the assignment's own parties
 * first ({@link MentorAssignmentPartyPermissionLogic}), then the portal's
 * resource permissions of the assignment.
 *
 * @author Opora
 */
@Component(service = {})
public class MentorAssignmentModelResourcePermissionRegistrar {

	@Activate
	protected void activate(BundleContext bundleContext) {
		_serviceRegistration = bundleContext.registerService(
			(Class<ModelResourcePermission<MentorAssignment>>)
				(Class<?>)ModelResourcePermission.class,
			ModelResourcePermissionFactory.create(
				MentorAssignment.class, MentorAssignment::getMentorAssignmentId,
				_mentorAssignmentLocalService::getMentorAssignment,
				_portletResourcePermission,
				(modelResourcePermission, consumer) -> consumer.accept(
					new MentorAssignmentPartyPermissionLogic())),
			HashMapDictionaryBuilder.<String, Object>put(
				"model.class.name", MentorAssignment.class.getName()
			).build());
	}

	@Deactivate
	protected void deactivate() {
		_serviceRegistration.unregister();
	}

	@Reference
	private MentorAssignmentLocalService _mentorAssignmentLocalService;

	@Reference(
		target = "(resource.name=" + MentoringConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	private ServiceRegistration<ModelResourcePermission<MentorAssignment>>
		_serviceRegistration;

}
