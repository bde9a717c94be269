package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;
import java.util.ResourceBundle;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * One type of the cooperation notifications in each user's notification
 * settings: delivered on the website by default; the user may switch it off.
 *
 * @author Opora
 */
public abstract class BaseCooperationUserNotificationDefinition extends UserNotificationDefinition {

	public BaseCooperationUserNotificationDefinition(int notificationType, String description) {
		super(CooperationPortletKeys.COOPERATION, 0, notificationType, description);

		addUserNotificationDeliveryType(
			new UserNotificationDeliveryType("email", UserNotificationDeliveryConstants.TYPE_EMAIL, true, true));
		addUserNotificationDeliveryType(
			new UserNotificationDeliveryType("website", UserNotificationDeliveryConstants.TYPE_WEBSITE, true, true));
	}

	@Override
	protected ResourceBundle getResourceBundle(Locale locale) {
		return ResourceBundleUtil.getBundle("content.Language", locale, getClass());
	}

}
