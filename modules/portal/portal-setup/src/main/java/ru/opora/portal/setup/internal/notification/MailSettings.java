package ru.opora.portal.setup.internal.notification;

/**
 * Whether the portal can send e-mail: a mail server set in Server
 * Administration &gt; Mail ({@code mail.session.mail}), a JNDI mail session
 * ({@code mail.session.jndi.name}), or an SMTP host other than the shipped
 * default {@code localhost} in portal-ext.properties. A relay on localhost
 * counts once it is saved in Server Administration.
 *
 * @author Opora
 */
public final class MailSettings {

	public static boolean isConfigured(
		boolean serverAdministrationMail, String jndiName, String smtpHost) {

		if (serverAdministrationMail || !_isBlank(jndiName)) {
			return true;
		}

		if (_isBlank(smtpHost)) {
			return false;
		}

		return !"localhost".equalsIgnoreCase(smtpHost.trim());
	}

	private static boolean _isBlank(String value) {
		return (value == null) || value.trim().isEmpty();
	}

	private MailSettings() {
	}

}
