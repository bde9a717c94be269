package ru.opora.library.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

/**
 * A material's metadata or file break the library's rules; carries every
 * violation so that the form names each wrong field.
 *
 * @author Opora
 */
public class MaterialValidationException extends PortalException {

	public MaterialValidationException(List<Violation> violations) {
		super(String.valueOf(violations));

		_violations = List.copyOf(violations);
	}

	public MaterialValidationException(String msg) {
		super(msg);

		_violations = Collections.emptyList();
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private static final long serialVersionUID = 1L;

	private final List<Violation> _violations;

}
