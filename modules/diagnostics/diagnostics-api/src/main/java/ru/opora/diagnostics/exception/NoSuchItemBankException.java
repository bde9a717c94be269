/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.diagnostics.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchItemBankException extends NoSuchModelException {

	public NoSuchItemBankException() {
	}

	public NoSuchItemBankException(String msg) {
		super(msg);
	}

	public NoSuchItemBankException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchItemBankException(Throwable throwable) {
		super(throwable);
	}

}