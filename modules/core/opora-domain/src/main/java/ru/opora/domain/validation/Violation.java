package ru.opora.domain.validation;

import java.util.List;

/**
 * One broken rule: the field it concerns and a message key (resolved by the
 * caller through Language.properties, prefixed with {@code opora-error-}) with
 * the arguments the message needs.
 */
public final class Violation {

	public Violation(
		String field, String code, List<Object> arguments) {

		if ((field == null) || field.isBlank() || (code == null) || code.isBlank()) {
			throw new IllegalArgumentException("field and code are required");
		}

		arguments = List.copyOf(arguments);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public List<Object> arguments() {
		return arguments;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof Violation)) {
			return false;
		}

		Violation other = (Violation)object;

		return java.util.Objects.equals(field, other.field) &&
			java.util.Objects.equals(code, other.code) &&
			java.util.Objects.equals(arguments, other.arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(field, code, arguments);
	}


	public static Violation of(String field, String code, Object... arguments) {
		return new Violation(field, code, List.of(arguments));
	}

	public String messageKey() {
		return "opora-error-" + code;
	}

	@Override
	public String toString() {
		return field + ": " + code + (arguments.isEmpty() ? "" : " " + arguments);
	}

	private final String field;
	private final String code;
	private final List<Object> arguments;

}
