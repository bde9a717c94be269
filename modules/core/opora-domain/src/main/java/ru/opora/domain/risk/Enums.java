package ru.opora.domain.risk;

import java.util.Locale;
import java.util.Optional;

/** Parses stored enum names of the risk profile feature. */
public final class Enums {

	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		if (name == null) {
			return Optional.empty();
		}

		String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');

		for (E value : type.getEnumConstants()) {
			if (value.name().equals(normalized)) {
				return Optional.of(value);
			}
		}

		return Optional.empty();
	}

	private Enums() {
	}

}
