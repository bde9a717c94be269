package ru.opora.schools.web.internal.util;

import com.liferay.portal.kernel.util.ParamUtil;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.portlet.PortletRequest;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

import ru.opora.schools.exception.OporaValidationException;

/**
 * Reads the parameters of a submitted form. A blank number is unknown
 * (null); a number that cannot be read becomes a violation of its field, so
 * that the form reports it together with the domain's own violations.
 *
 * @author Opora
 */
public class FormValues {

	public FormValues(PortletRequest portletRequest) {
		_portletRequest = portletRequest;
	}

	public boolean getBoolean(String name) {
		return ParamUtil.getBoolean(_portletRequest, name);
	}

	/** A required whole number; blank or unreadable is a violation. */
	public int getInt(String name) {
		Integer value = getInteger(name);

		if (value == null) {
			if (!_failedFields.contains(name)) {
				_fail(name, "required");
			}

			return 0;
		}

		return value;
	}

	public Integer getInteger(String name) {
		String value = getString(name);

		if (value.isEmpty()) {
			return null;
		}

		try {
			return Integer.valueOf(value.replace(" ", ""));
		}
		catch (NumberFormatException numberFormatException) {
			_fail(name, "not-a-whole-number");

			return null;
		}
	}

	public long getLong(String name) {
		return ParamUtil.getLong(_portletRequest, name);
	}

	public Double getDouble(String name) {
		String value = getString(name);

		if (value.isEmpty()) {
			return null;
		}

		try {
			double number = Double.parseDouble(
				value.replace(" ", "").replace(',', '.'));

			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new NumberFormatException(value);
			}

			return number;
		}
		catch (NumberFormatException numberFormatException) {
			_fail(name, "not-a-number");

			return null;
		}
	}

	/** The coded value of an enum; blank is null, an unknown code a violation. */
	public <E> E getEnum(String name, Function<String, Optional<E>> parser) {
		String value = getString(name);

		if (value.isEmpty()) {
			return null;
		}

		Optional<E> parsed = parser.apply(value);

		if (parsed.isEmpty()) {
			_fail(name, "invalid-value");

			return null;
		}

		return parsed.get();
	}

	public String getString(String name) {
		return ParamUtil.getString(_portletRequest, name).trim();
	}

	/**
	 * Throws the unreadable fields together with the domain violations of the
	 * other fields, if there is any unreadable field.
	 */
	public void throwIfUnreadable(List<Violation> domainViolations)
		throws OporaValidationException {

		if (_violations.isEmpty()) {
			return;
		}

		Violations violations = new Violations();

		for (Violation violation : _violations.list()) {
			violations.add(
				violation.field(), violation.code(),
				violation.arguments().toArray());
		}

		for (Violation violation : domainViolations) {
			if (!_failedFields.contains(violation.field())) {
				violations.add(
					violation.field(), violation.code(),
					violation.arguments().toArray());
			}
		}

		throw new OporaValidationException(violations.list());
	}

	private void _fail(String name, String code) {
		_failedFields.add(name);
		_violations.add(name, code);
	}

	private final Set<String> _failedFields = new HashSet<>();
	private final PortletRequest _portletRequest;
	private final Violations _violations = new Violations();

}
