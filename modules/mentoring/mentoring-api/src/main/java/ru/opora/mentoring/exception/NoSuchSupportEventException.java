/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.mentoring.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchSupportEventException extends NoSuchModelException {

	public NoSuchSupportEventException() {
	}

	public NoSuchSupportEventException(String msg) {
		super(msg);
	}

	public NoSuchSupportEventException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchSupportEventException(Throwable throwable) {
		super(throwable);
	}

}