package ru.opora.cooperation.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.Date;

/**
 * Days (agreement, term, programme dates) are stored as UTC midnight, so
 * that a day stays the same day whatever the user's time zone.
 *
 * @author Opora
 */
public final class CooperationDates {

	public static Date toDate(LocalDate localDate) {
		if (localDate == null) {
			return null;
		}

		return new Date(localDate.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
	}

	public static LocalDate toLocalDate(Date date) {
		if (date == null) {
			return null;
		}

		return Instant.ofEpochMilli(date.getTime()).atZone(ZoneOffset.UTC).toLocalDate();
	}

	private CooperationDates() {
	}

}
