package ru.opora.domain.mentoring.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Calendar queries: the events between two dates (both included), cancelled
 * ones left out, sorted by date and then by event id.
 */
public final class SupportCalendar {

	public static final Comparator<CalendarEntry> ORDER = Comparator.comparing(
		CalendarEntry::getPlannedDate
	).thenComparingLong(
		CalendarEntry::getEventId
	);

	public static List<CalendarEntry> between(Collection<CalendarEntry> entries, LocalDate from, LocalDate to) {
		return _select(entries, from, to, entry -> true);
	}

	/** The events of the assignments of one curator. */
	public static List<CalendarEntry> forCurator(
		Collection<CalendarEntry> entries, long curatorUserId, LocalDate from, LocalDate to) {

		return _select(entries, from, to, entry -> entry.getCuratorUserId() == curatorUserId);
	}

	/** The events of one municipality (site). */
	public static List<CalendarEntry> forMunicipality(
		Collection<CalendarEntry> entries, long groupId, LocalDate from, LocalDate to) {

		return _select(entries, from, to, entry -> entry.getGroupId() == groupId);
	}

	private static List<CalendarEntry> _select(
		Collection<CalendarEntry> entries, LocalDate from, LocalDate to, Predicate<CalendarEntry> predicate) {

		if (to.isBefore(from)) {
			throw new IllegalArgumentException("To " + to + " is before from " + from);
		}

		List<CalendarEntry> selected = new ArrayList<>();

		for (CalendarEntry entry : entries) {
			if ((entry.getStatus() != SupportEventStatus.CANCELLED) && !entry.getPlannedDate().isBefore(from) &&
				!entry.getPlannedDate().isAfter(to) && predicate.test(entry)) {

				selected.add(entry);
			}
		}

		selected.sort(ORDER);

		return selected;
	}

	private SupportCalendar() {
	}

}
