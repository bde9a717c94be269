/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.riskprofile.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchRiskVerificationException extends NoSuchModelException {

	public NoSuchRiskVerificationException() {
	}

	public NoSuchRiskVerificationException(String msg) {
		super(msg);
	}

	public NoSuchRiskVerificationException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchRiskVerificationException(Throwable throwable) {
		super(throwable);
	}

}