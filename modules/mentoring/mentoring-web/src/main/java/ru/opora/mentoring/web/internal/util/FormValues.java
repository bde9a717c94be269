package ru.opora.mentoring.web.internal.util;

import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.portlet.PortletRequest;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

import ru.opora.mentoring.exception.MentoringValidationException;

/**
 * Reads the parameters of a submitted form. A blank value is unknown (null or
 * 0); a value that cannot be read becomes a violation of its field, so that
 * the form reports it together with the domain's own violations.
 *
 * <p>
 * Days come from {@code <input type="date">} as ISO {@code yyyy-MM-dd}: a
 * {@link LocalDate} with no time zone, as the mentoring services take it.
 * </p>
 *
 * @author Opora
 */
public class FormValues {

	public FormValues(PortletRequest portletRequest) {
		_portletRequest = portletRequest;
	}

	/** A day; blank is null, anything but yyyy-MM-dd a violation. */
	public LocalDate getDate(String name) {
		String value = getString(name);

		if (value.isEmpty()) {
			return null;
		}

		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException dateTimeParseException) {
			_fail(name, "not-a-date");

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

	public long getLong(String name) {
		return ParamUtil.getLong(_portletRequest, name);
	}

	public String getString(String name) {
		return ParamUtil.getString(_portletRequest, name).trim();
	}

	/**
	 * Throws the unreadable fields together with the domain violations of the
	 * other fields, if there is any unreadable field.
	 */
	public void throwIfUnreadable(List<Violation> domainViolations)
		throws MentoringValidationException {

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

		throw new MentoringValidationException(violations.list());
	}

	private void _fail(String name, String code) {
		_failedFields.add(name);
		_violations.add(name, code);
	}

	private final Set<String> _failedFields = new HashSet<>();
	private final PortletRequest _portletRequest;
	private final Violations _violations = new Violations();

}
