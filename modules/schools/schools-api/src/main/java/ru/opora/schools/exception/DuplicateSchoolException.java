/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.schools.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Opora
 */
public class DuplicateSchoolException extends PortalException {

	public DuplicateSchoolException() {
	}

	public DuplicateSchoolException(String msg) {
		super(msg);
	}

	public DuplicateSchoolException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public DuplicateSchoolException(Throwable throwable) {
		super(throwable);
	}

}