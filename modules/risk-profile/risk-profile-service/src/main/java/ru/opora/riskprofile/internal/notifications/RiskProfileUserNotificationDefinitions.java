package ru.opora.riskprofile.internal.notifications;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;
import com.liferay.portal.kernel.util.HashMapDictionaryBuilder;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;

/**
 * Publishes one notification setting per type (My Account &gt;
 * Notifications): delivered on the website by default, each may be switched
 * off.
 *
 * @author Opora
 */
@Component(service = {})
public class RiskProfileUserNotificationDefinitions {

	@Activate
	protected void activate(BundleContext bundleContext) {
		for (int type : RiskProfileNotificationTypes.TYPES) {
			_registrations.add(
				bundleContext.registerService(
					UserNotificationDefinition.class, new Definition(type),
					HashMapDictionaryBuilder.<String, Object>put(
						"javax.portlet.name", RiskProfilePortletKeys.RISK_PROFILE
					).build()));
		}
	}

	@Deactivate
	protected void deactivate() {
		for (ServiceRegistration<UserNotificationDefinition> registration : _registrations) {
			registration.unregister();
		}

		_registrations.clear();
	}

	private final List<ServiceRegistration<UserNotificationDefinition>> _registrations = new ArrayList<>();

	private static class Definition extends UserNotificationDefinition {

		Definition(int type) {
			super(
				RiskProfilePortletKeys.RISK_PROFILE, 0, type,
				"opora-risk-notification-setting-" + RiskProfileNotificationTypes.key(type));

			addUserNotificationDeliveryType(
				new UserNotificationDeliveryType(
					"email", UserNotificationDeliveryConstants.TYPE_EMAIL, true, true));
			addUserNotificationDeliveryType(
				new UserNotificationDeliveryType(
					"website", UserNotificationDeliveryConstants.TYPE_WEBSITE, true, true));
		}

		@Override
		protected ResourceBundle getResourceBundle(Locale locale) {
			return ResourceBundleUtil.getBundle("content.Language", locale, getClass());
		}

	}

}
