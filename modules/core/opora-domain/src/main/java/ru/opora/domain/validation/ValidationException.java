package ru.opora.domain.validation;

import java.util.List;

/** Thrown by the domain rules with every violation found. */
public class ValidationException extends RuntimeException {

	public ValidationException(List<Violation> violations) {
		super(String.valueOf(violations));

		_violations = List.copyOf(violations);
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private static final long serialVersionUID = 1L;

	private final List<Violation> _violations;

}
