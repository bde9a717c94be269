/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.schools.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchSchoolContextException extends NoSuchModelException {

	public NoSuchSchoolContextException() {
	}

	public NoSuchSchoolContextException(String msg) {
		super(msg);
	}

	public NoSuchSchoolContextException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchSchoolContextException(Throwable throwable) {
		super(throwable);
	}

}