package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.portlet.PortletRequest;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.web.internal.util.FormValues;

/**
 * The thresholds a coordinator entered in the rules form: the rules they make,
 * or every violation (unreadable or missing values, the domain core's checks).
 * The what-if screen and the save action read the form the same way.
 *
 * @author Opora
 */
public final class RulesForm {

	/** The form parameter of a rule field (or the field itself). */
	public static String parameterName(String field) {
		for (RuleField ruleField : RuleField.all()) {
			if (ruleField.getField().equals(field) ||
				ruleField.getParameterName().equals(field)) {

				return ruleField.getParameterName();
			}
		}

		return field;
	}

	public static RulesForm parse(
		PortletRequest portletRequest, IdentificationRules base) {

		FormValues formValues = new FormValues(portletRequest);
		IdentificationRules.Builder builder = base.toBuilder();
		List<Violation> violations = new ArrayList<>();

		for (RuleField ruleField : RuleField.all()) {
			String name = ruleField.getParameterName();
			Object value;

			if (RuleField.KIND_BOOLEAN.equals(ruleField.getKind())) {
				value = formValues.getBoolean(name);
			}
			else if (RuleField.KIND_INTEGER.equals(ruleField.getKind())) {
				value = formValues.getInteger(name);

				if ((value == null) && formValues.getString(name).isEmpty()) {
					violations.add(Violation.of(name, "required"));
				}
			}
			else {
				value = formValues.getDouble(name);

				if ((value == null) && formValues.getString(name).isEmpty()) {
					violations.add(Violation.of(name, "required"));
				}
			}

			if (value != null) {
				ruleField.set(builder, value);
			}
		}

		try {
			formValues.throwIfUnreadable(Collections.emptyList());
		}
		catch (OporaValidationException oporaValidationException) {
			violations.addAll(oporaValidationException.getViolations());
		}

		IdentificationRules editedRules = null;

		try {
			editedRules = builder.build();
		}
		catch (ValidationException validationException) {
			for (Violation violation : validationException.getViolations()) {
				if (!_hasField(violations, parameterName(violation.field()))) {
					violations.add(violation);
				}
			}
		}

		return new RulesForm(
			violations.isEmpty() ? editedRules : null, violations);
	}

	/** The rules entered, or null when a value is missing or invalid. */
	public IdentificationRules getRules() {
		return _rules;
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private static boolean _hasField(List<Violation> violations, String name) {
		for (Violation violation : violations) {
			if (parameterName(
					violation.field()
				).equals(
					name
				)) {

				return true;
			}
		}

		return false;
	}

	private RulesForm(IdentificationRules rules, List<Violation> violations) {
		_rules = rules;
		_violations = Collections.unmodifiableList(new ArrayList<>(violations));
	}

	private final IdentificationRules _rules;
	private final List<Violation> _violations;

}
