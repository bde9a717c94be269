/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package ru.opora.riskprofile.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Opora
 */
public class NoSuchRiskSurveyResponseException extends NoSuchModelException {

	public NoSuchRiskSurveyResponseException() {
	}

	public NoSuchRiskSurveyResponseException(String msg) {
		super(msg);
	}

	public NoSuchRiskSurveyResponseException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchRiskSurveyResponseException(Throwable throwable) {
		super(throwable);
	}

}