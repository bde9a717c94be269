/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

package ru.opora.cooperation.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

/**
 * Thrown when an agreement breaks the domain rules;
 * carries every violation so that the UI can name each field with a localised
 * message.
 *
 * @author Opora
 */
public class CooperationValidationException extends PortalException {

	public CooperationValidationException() {
		_violations = Collections.emptyList();
	}

	public CooperationValidationException(List<Violation> violations) {
		super(String.valueOf(violations));

		_violations = List.copyOf(violations);
	}

	public CooperationValidationException(String msg) {
		super(msg);

		_violations = Collections.emptyList();
	}

	public CooperationValidationException(String msg, Throwable throwable) {
		super(msg, throwable);

		_violations = Collections.emptyList();
	}

	public CooperationValidationException(Throwable throwable) {
		super(throwable);

		_violations = Collections.emptyList();
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private final List<Violation> _violations;

}
