package ru.opora.portal.setup.internal.notification;

import java.util.Locale;

/**
 * One notification e-mail to one user, in their locale.
 *
 * @author Opora
 */
public final class EmailNotification {

	public EmailNotification(
		long userId, Locale locale, String fromAddress, String fromName,
		String subject, String body, String portletId, int notificationType) {

		_userId = userId;
		_locale = locale;
		_fromAddress = fromAddress;
		_fromName = fromName;
		_subject = subject;
		_body = body;
		_portletId = portletId;
		_notificationType = notificationType;
	}

	/** HTML. */
	public String getBody() {
		return _body;
	}

	public String getFromAddress() {
		return _fromAddress;
	}

	public String getFromName() {
		return _fromName;
	}

	public Locale getLocale() {
		return _locale;
	}

	public int getNotificationType() {
		return _notificationType;
	}

	public String getPortletId() {
		return _portletId;
	}

	public String getSubject() {
		return _subject;
	}

	public long getUserId() {
		return _userId;
	}

	private final String _body;
	private final String _fromAddress;
	private final String _fromName;
	private final Locale _locale;
	private final int _notificationType;
	private final String _portletId;
	private final String _subject;
	private final long _userId;

}
