package ru.opora.mentoring.web.internal.util;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.TimeZone;

/**
 * Today as the user sees it: the day in the user's time zone (UTC when the
 * theme display has none).
 *
 * @author Opora
 */
public final class Today {

	public static LocalDate of(ThemeDisplay themeDisplay) {
		TimeZone timeZone =
			(themeDisplay == null) ? null : themeDisplay.getTimeZone();

		ZoneId zoneId = (timeZone == null) ? ZoneOffset.UTC : timeZone.toZoneId();

		return LocalDate.now(zoneId);
	}

	private Today() {
	}

}
