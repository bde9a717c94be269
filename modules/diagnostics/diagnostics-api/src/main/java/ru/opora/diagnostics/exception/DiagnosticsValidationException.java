/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

package ru.opora.diagnostics.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

/**
 * Thrown when bank, session, attempt, route or course data breaks the domain rules;
 * carries every violation so that the UI can name each field with a localised
 * message.
 *
 * @author Opora
 */
public class DiagnosticsValidationException extends PortalException {

	public DiagnosticsValidationException() {
		_violations = Collections.emptyList();
	}

	public DiagnosticsValidationException(List<Violation> violations) {
		super(String.valueOf(violations));

		_violations = List.copyOf(violations);
	}

	public DiagnosticsValidationException(String msg) {
		super(msg);

		_violations = Collections.emptyList();
	}

	public DiagnosticsValidationException(String msg, Throwable throwable) {
		super(msg, throwable);

		_violations = Collections.emptyList();
	}

	public DiagnosticsValidationException(Throwable throwable) {
		super(throwable);

		_violations = Collections.emptyList();
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private final List<Violation> _violations;

}
