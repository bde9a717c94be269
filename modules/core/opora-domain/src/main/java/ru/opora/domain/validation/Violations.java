package ru.opora.domain.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the violations of one object; rules report every problem, not only
 * the first.
 */
public final class Violations {

	public Violations add(String field, String code, Object... arguments) {
		_violations.add(Violation.of(field, code, arguments));

		return this;
	}

	public boolean isEmpty() {
		return _violations.isEmpty();
	}

	public List<Violation> list() {
		return Collections.unmodifiableList(_violations);
	}

	public Violations require(boolean condition, String field, String code, Object... arguments) {
		if (!condition) {
			add(field, code, arguments);
		}

		return this;
	}

	public Violations requireLength(String value, int maxLength, String field) {
		if ((value != null) && (value.length() > maxLength)) {
			add(field, "too-long", maxLength);
		}

		return this;
	}

	public Violations requireText(String value, int maxLength, String field) {
		if ((value == null) || value.isBlank()) {
			return add(field, "required");
		}

		return requireLength(value, maxLength, field);
	}

	/** Throws {@link ValidationException} if anything was collected. */
	public void throwIfAny() {
		if (!_violations.isEmpty()) {
			throw new ValidationException(_violations);
		}
	}

	private final List<Violation> _violations = new ArrayList<>();

}
