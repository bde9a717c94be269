package ru.opora.domain.school;

import java.util.Arrays;
import java.util.Optional;

/** Enum helpers: the stored code of a value is its lower-case name. */
final class CodedEnum {

	static <E extends Enum<E>> String code(E value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}

		String normalized = code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');

		return Arrays.stream(type.getEnumConstants()).filter(
			value -> value.name().equals(normalized)
		).findFirst();
	}

	private CodedEnum() {
	}

}
