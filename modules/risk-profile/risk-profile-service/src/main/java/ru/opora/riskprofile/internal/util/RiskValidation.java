package ru.opora.riskprofile.internal.util;

import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.riskprofile.exception.RiskProfileValidationException;

import java.util.List;

/** Turns the domain's violations into the service's checked exception. */
public final class RiskValidation {

	public static RiskProfileValidationException exception(String field, String code, Object... arguments) {
		return new RiskProfileValidationException(List.of(Violation.of(field, code, arguments)));
	}

	public static RiskProfileValidationException exception(ValidationException validationException) {
		return new RiskProfileValidationException(validationException.getViolations());
	}

	public static void throwIfAny(Violations violations) throws RiskProfileValidationException {
		if (!violations.isEmpty()) {
			throw new RiskProfileValidationException(violations.list());
		}
	}

	private RiskValidation() {
	}

}
