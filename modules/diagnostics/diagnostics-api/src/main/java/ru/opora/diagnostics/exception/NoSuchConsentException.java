/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.diagnostics.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchConsentException extends NoSuchModelException {

	public NoSuchConsentException() {
	}

	public NoSuchConsentException(String msg) {
		super(msg);
	}

	public NoSuchConsentException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchConsentException(Throwable throwable) {
		super(throwable);
	}

}