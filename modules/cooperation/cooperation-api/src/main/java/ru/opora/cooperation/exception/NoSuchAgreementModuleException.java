/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.cooperation.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchAgreementModuleException extends NoSuchModelException {

	public NoSuchAgreementModuleException() {
	}

	public NoSuchAgreementModuleException(String msg) {
		super(msg);
	}

	public NoSuchAgreementModuleException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchAgreementModuleException(Throwable throwable) {
		super(throwable);
	}

}