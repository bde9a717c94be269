package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Notification setting: an agreement of my organisation ends within 30 or 7 days, or has expired.
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
	service = UserNotificationDefinition.class
)
public class AgreementExpiryAlertUserNotificationDefinition extends BaseCooperationUserNotificationDefinition {

	public AgreementExpiryAlertUserNotificationDefinition() {
		super(CooperationNotificationTypes.EXPIRY_ALERT, "opora-cooperation-notification-setting-expiry-alert");
	}

}
