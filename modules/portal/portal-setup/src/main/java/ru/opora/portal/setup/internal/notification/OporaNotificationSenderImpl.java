package ru.opora.portal.setup.internal.notification;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationManagerUtil;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.PrefsPropsUtil;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.SubscriptionSender;
import com.liferay.portal.kernel.util.Validator;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.notification.OporaNotificationSender;

/**
 * The website notification through the portal's user notification events;
 * the e-mail through the portal's {@link SubscriptionSender} (its mail
 * message, the user's locale, the instance's sender address). A failed
 * e-mail is logged and does not stop the website notification.
 *
 * @author Opora
 */
@Component(service = OporaNotificationSender.class)
public class OporaNotificationSenderImpl implements OporaNotificationSender {

	@Override
	public Delivery send(
			long userId, String portletId, int notificationType,
			JSONObject payloadJSONObject, Function<Locale, String> subject,
			Function<Locale, String> body)
		throws PortalException {

		boolean website = false;

		if (isDeliver(
				userId, portletId, notificationType,
				UserNotificationDeliveryConstants.TYPE_WEBSITE)) {

			_userNotificationEventLocalService.sendUserNotificationEvents(
				userId, portletId,
				UserNotificationDeliveryConstants.TYPE_WEBSITE,
				payloadJSONObject);

			website = true;
		}

		boolean email = false;

		try {
			email = _sendEmail(
				userId, portletId, notificationType, subject, body);
		}
		catch (Exception exception) {
			_log.error(
				"Unable to e-mail user " + userId + " a notification of " +
					portletId,
				exception);
		}

		return new Delivery(website, email);
	}

	/** Hands the e-mail to the portal's mail service (asynchronous). */
	protected void deliverEmail(EmailNotification emailNotification)
		throws Exception {

		SubscriptionSender subscriptionSender = new SubscriptionSender();

		subscriptionSender.setFrom(
			emailNotification.getFromAddress(),
			emailNotification.getFromName());
		subscriptionSender.setHtmlFormat(true);
		subscriptionSender.setNotificationType(
			emailNotification.getNotificationType());
		subscriptionSender.setPortletId(emailNotification.getPortletId());
		subscriptionSender.setSubject(emailNotification.getSubject());
		subscriptionSender.setBody(emailNotification.getBody());
		subscriptionSender.setLocalizedSubjectMap(
			Collections.singletonMap(
				emailNotification.getLocale(), emailNotification.getSubject()));
		subscriptionSender.setLocalizedBodyMap(
			Collections.singletonMap(
				emailNotification.getLocale(), emailNotification.getBody()));

		subscriptionSender.sendEmailNotification(
			emailNotification.getUserId());
	}

	protected String getCompanyPreference(long companyId, String name) {
		return PrefsPropsUtil.getString(companyId, name);
	}

	protected boolean isDeliver(
			long userId, String portletId, int notificationType,
			int deliveryType)
		throws PortalException {

		return UserNotificationManagerUtil.isDeliver(
			userId, portletId, 0, notificationType, deliveryType);
	}

	protected boolean isMailConfigured() {
		return MailSettings.isConfigured(
			PrefsPropsUtil.getBoolean(PropsKeys.MAIL_SESSION_MAIL),
			PropsUtil.get("mail.session.jndi.name"),
			PrefsPropsUtil.getString(PropsKeys.MAIL_SESSION_MAIL_SMTP_HOST));
	}

	private String _footer(Locale locale) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, OporaNotificationSender.class);

		return ResourceBundleUtil.getString(
			resourceBundle, "opora-email-notification-footer");
	}

	private boolean _sendEmail(
			long userId, String portletId, int notificationType,
			Function<Locale, String> subject, Function<Locale, String> body)
		throws Exception {

		if (!isMailConfigured()) {
			return false;
		}

		User user = _userLocalService.fetchUser(userId);

		if ((user == null) || !user.isActive() ||
			!Validator.isEmailAddress(user.getEmailAddress())) {

			return false;
		}

		if (!isDeliver(
				userId, portletId, notificationType,
				UserNotificationDeliveryConstants.TYPE_EMAIL)) {

			return false;
		}

		Locale locale = user.getLocale();

		String fromAddress = getCompanyPreference(
			user.getCompanyId(), PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);

		if (!Validator.isEmailAddress(fromAddress)) {
			_log.warn(
				"No sender address (admin.email.from.address) in company " +
					user.getCompanyId() + ": no e-mail is sent");

			return false;
		}

		String bodyHtml =
			"<p>" + body.apply(locale) + "</p><p style=\"color:#6b6c7e\">" +
				HtmlUtil.escape(_footer(locale)) + "</p>";

		deliverEmail(
			new EmailNotification(
				userId, locale, fromAddress,
				getCompanyPreference(
					user.getCompanyId(), PropsKeys.ADMIN_EMAIL_FROM_NAME),
				subject.apply(locale), bodyHtml, portletId, notificationType));

		return true;
	}

	private static final Log _log = LogFactoryUtil.getLog(
		OporaNotificationSenderImpl.class);

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
