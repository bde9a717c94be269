/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import java.time.LocalDate;

import ru.opora.cooperation.util.CooperationDates;
import ru.opora.domain.cooperation.ProgrammeKind;

/**
 * @author Opora
 */
public class AgreementProgrammeImpl extends AgreementProgrammeBaseImpl {

	public LocalDate getEndLocalDate() {
		return CooperationDates.toLocalDate(getEndDate());
	}

	/** The kind, or null for an unknown stored code. */
	public ProgrammeKind getProgrammeKind() {
		return ProgrammeKind.parse(getKind()).orElse(null);
	}

	public LocalDate getStartLocalDate() {
		return CooperationDates.toLocalDate(getStartDate());
	}

}
