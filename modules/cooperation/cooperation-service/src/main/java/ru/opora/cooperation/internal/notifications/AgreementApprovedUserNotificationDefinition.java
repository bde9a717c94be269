package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Notification setting: an agreement I wrote is approved by a party or the coordinator.
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
	service = UserNotificationDefinition.class
)
public class AgreementApprovedUserNotificationDefinition extends BaseCooperationUserNotificationDefinition {

	public AgreementApprovedUserNotificationDefinition() {
		super(CooperationNotificationTypes.APPROVED, "opora-cooperation-notification-setting-approved");
	}

}
