/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.diagnostics.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Opora
 */
public class DiagnosticsAccessException extends PortalException {

	public DiagnosticsAccessException() {
	}

	public DiagnosticsAccessException(String msg) {
		super(msg);
	}

	public DiagnosticsAccessException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public DiagnosticsAccessException(Throwable throwable) {
		super(throwable);
	}

}