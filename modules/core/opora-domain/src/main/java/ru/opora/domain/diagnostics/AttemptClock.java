package ru.opora.domain.diagnostics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Time rules of an attempt: answers are accepted until the earlier of
 * start + time limit and the end of the session's last day (in the
 * region's zone). A time limit of 0 means no limit.
 */
public final class AttemptClock {

	public static Instant deadline(Instant started, int timeLimitMinutes, LocalDate sessionEnd, ZoneId zone) {
		Instant endOfPeriod = sessionEnd.plusDays(1).atStartOfDay(zone).toInstant();

		if (timeLimitMinutes <= 0) {
			return endOfPeriod;
		}

		Instant limit = started.plusSeconds(timeLimitMinutes * 60L);

		return limit.isBefore(endOfPeriod) ? limit : endOfPeriod;
	}

	public static boolean open(Instant now, Instant started, int timeLimitMinutes, LocalDate sessionEnd, ZoneId zone) {
		return now.isBefore(deadline(started, timeLimitMinutes, sessionEnd, zone));
	}

	/** Seconds left, never negative. */
	public static long secondsLeft(Instant now, Instant started, int timeLimitMinutes, LocalDate sessionEnd, ZoneId zone) {
		return Math.max(0, deadline(started, timeLimitMinutes, sessionEnd, zone).getEpochSecond() - now.getEpochSecond());
	}

	private AttemptClock() {
	}

}
