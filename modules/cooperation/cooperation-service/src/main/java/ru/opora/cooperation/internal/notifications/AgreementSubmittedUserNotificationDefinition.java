package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Notification setting: an agreement of my organisation (or, for coordinators, of my municipality) is sent on approval.
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
	service = UserNotificationDefinition.class
)
public class AgreementSubmittedUserNotificationDefinition extends BaseCooperationUserNotificationDefinition {

	public AgreementSubmittedUserNotificationDefinition() {
		super(CooperationNotificationTypes.SUBMITTED, "opora-cooperation-notification-setting-submitted");
	}

}
