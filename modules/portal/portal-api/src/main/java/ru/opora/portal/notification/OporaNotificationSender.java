package ru.opora.portal.notification;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONObject;

import java.util.Locale;
import java.util.function.Function;

/**
 * Delivers the notifications of the Opora features to one user: on the
 * website (the bell of the user menu, rendered by the feature's
 * UserNotificationHandler from the payload) and by e-mail, each only as the
 * user's own settings allow (My Account &gt; Notifications: the feature's
 * UserNotificationDefinitions declare both channels, on by default), and
 * e-mail only where the portal has a mail server configured and the user has
 * an address.
 *
 * @author Opora
 */
public interface OporaNotificationSender {

	/**
	 * @param  subject the e-mail's subject in a locale (plain text)
	 * @param  body the e-mail's body in a locale (HTML, already escaped)
	 * @return what was delivered
	 */
	public Delivery send(
			long userId, String portletId, int notificationType,
			JSONObject payloadJSONObject, Function<Locale, String> subject,
			Function<Locale, String> body)
		throws PortalException;

	/** The channels one notification went out on. */
	public static final class Delivery {

		public static final Delivery NONE = new Delivery(false, false);

		public Delivery(boolean website, boolean email) {
			_website = website;
			_email = email;
		}

		public boolean isAny() {
			return _website || _email;
		}

		public boolean isEmail() {
			return _email;
		}

		public boolean isWebsite() {
			return _website;
		}

		@Override
		public String toString() {
			return "Delivery[website=" + _website + ", email=" + _email + "]";
		}

		private final boolean _email;
		private final boolean _website;

	}

}
