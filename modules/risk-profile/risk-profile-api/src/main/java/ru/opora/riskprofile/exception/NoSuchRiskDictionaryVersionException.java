/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.riskprofile.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchRiskDictionaryVersionException extends NoSuchModelException {

	public NoSuchRiskDictionaryVersionException() {
	}

	public NoSuchRiskDictionaryVersionException(String msg) {
		super(msg);
	}

	public NoSuchRiskDictionaryVersionException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchRiskDictionaryVersionException(Throwable throwable) {
		super(throwable);
	}

}