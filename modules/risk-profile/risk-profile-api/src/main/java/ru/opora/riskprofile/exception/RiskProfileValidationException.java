/**
 * SPDX-FileCopyrightText: (c) 2026 Opora
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

package ru.opora.riskprofile.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.List;

import ru.opora.domain.validation.Violation;

/**
 * Thrown when a risk profile, survey or document step breaks the domain rules;
 * carries every violation so that the UI can name each field with a localised
 * message.
 *
 * @author Opora
 */
public class RiskProfileValidationException extends PortalException {

	public RiskProfileValidationException() {
		_violations = Collections.emptyList();
	}

	public RiskProfileValidationException(List<Violation> violations) {
		super(String.valueOf(violations));

		_violations = List.copyOf(violations);
	}

	public RiskProfileValidationException(String msg) {
		super(msg);

		_violations = Collections.emptyList();
	}

	public RiskProfileValidationException(String msg, Throwable throwable) {
		super(msg, throwable);

		_violations = Collections.emptyList();
	}

	public RiskProfileValidationException(Throwable throwable) {
		super(throwable);

		_violations = Collections.emptyList();
	}

	public List<Violation> getViolations() {
		return _violations;
	}

	private final List<Violation> _violations;

}
