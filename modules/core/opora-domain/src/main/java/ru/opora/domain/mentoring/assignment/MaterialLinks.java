package ru.opora.domain.mentoring.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import ru.opora.domain.validation.Violations;

/**
 * The methodological materials (Documents and Media file entries of the
 * region's library) linked to a support event: at most {@link #MAX} of them,
 * each once, kept in the order they were chosen, stored as their IDs
 * separated by commas.
 */
public final class MaterialLinks {

	public static final int MAX = 20;

	/** The IDs as stored: "12,34"; blank for none. */
	public static String format(List<Long> fileEntryIds) {
		StringJoiner joiner = new StringJoiner(",");

		for (Long fileEntryId : fileEntryIds) {
			joiner.add(String.valueOf(fileEntryId));
		}

		return joiner.toString();
	}

	/** The stored IDs; what is not a positive number is passed over. */
	public static List<Long> parse(String stored) {
		if ((stored == null) || stored.trim().isEmpty()) {
			return Collections.emptyList();
		}

		Set<Long> ids = new LinkedHashSet<>();

		for (String part : stored.split(",")) {
			try {
				long id = Long.parseLong(part.trim());

				if (id > 0) {
					ids.add(id);
				}
			}
			catch (NumberFormatException numberFormatException) {

				// a hand-edited value: the rest still counts

			}
		}

		return Collections.unmodifiableList(new ArrayList<>(ids));
	}

	/**
	 * The chosen IDs, each once and in order; a non-positive ID or more than
	 * {@link #MAX} are violations of field {@code materials}.
	 */
	public static List<Long> check(long[] fileEntryIds, Violations violations) {
		Set<Long> ids = new LinkedHashSet<>();

		for (long fileEntryId : fileEntryIds) {
			if (fileEntryId <= 0) {
				violations.add("materials", "unknown-material");

				continue;
			}

			ids.add(fileEntryId);
		}

		if (ids.size() > MAX) {
			violations.add("materials", "too-many-materials", MAX);
		}

		return Collections.unmodifiableList(new ArrayList<>(ids));
	}

	private MaterialLinks() {
	}

}
