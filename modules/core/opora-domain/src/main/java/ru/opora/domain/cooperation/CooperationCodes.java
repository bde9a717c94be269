package ru.opora.domain.cooperation;

import java.util.Locale;
import java.util.Optional;

/** Stored codes of the enums of this package: lower-case names with dashes. */
final class CooperationCodes {

	static <E extends Enum<E>> String code(E value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}

		String name = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');

		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return Optional.of(value);
			}
		}

		return Optional.empty();
	}

	private CooperationCodes() {
	}

}
