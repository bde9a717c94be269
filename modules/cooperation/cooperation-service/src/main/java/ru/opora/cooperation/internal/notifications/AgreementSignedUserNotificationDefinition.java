package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Notification setting: an agreement of my organisation is signed.
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
	service = UserNotificationDefinition.class
)
public class AgreementSignedUserNotificationDefinition extends BaseCooperationUserNotificationDefinition {

	public AgreementSignedUserNotificationDefinition() {
		super(CooperationNotificationTypes.SIGNED, "opora-cooperation-notification-setting-signed");
	}

}
