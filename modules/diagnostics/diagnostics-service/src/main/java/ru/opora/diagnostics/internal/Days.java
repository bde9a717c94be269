package ru.opora.diagnostics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** Days are stored as UTC midnight (as in the mentoring feature). */
public final class Days {

	public static LocalDate toLocalDate(Date date) {
		return (date == null) ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	public static Date toDate(LocalDate day) {
		return (day == null) ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private Days() {
	}

}
