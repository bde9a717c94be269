package ru.opora.portal.util;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.TimeZone;

/**
 * Dates as the signed-in user lives them. A region spans up to eleven time
 * zones while the portal's JVM runs in UTC: "today" on a screen or in a
 * user's action is the user's today, not the server's.
 *
 * @author Opora
 */
public final class UserDates {

	/** Today in the time zone of the request's user (UTC when the request has none). */
	public static LocalDate today(ThemeDisplay themeDisplay) {
		TimeZone timeZone = themeDisplay.getTimeZone();

		return LocalDate.now((timeZone == null) ? ZoneOffset.UTC : timeZone.toZoneId());
	}

	private UserDates() {
	}

}
