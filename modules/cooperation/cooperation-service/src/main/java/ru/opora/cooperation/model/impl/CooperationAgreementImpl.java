/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import java.time.LocalDate;

import ru.opora.cooperation.util.CooperationDates;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ExpiryAlert;

/**
 * The stored agreement seen through the domain core: enums, days and the
 * term.
 *
 * @author Opora
 */
public class CooperationAgreementImpl extends CooperationAgreementBaseImpl {

	public LocalDate getAgreementLocalDate() {
		return CooperationDates.toLocalDate(getAgreementDate());
	}

	/** The kind, or null for an unknown stored code. */
	public AgreementKind getAgreementKind() {
		return AgreementKind.parse(getKind()).orElse(null);
	}

	/** The status; an unknown stored code reads as a draft. */
	public AgreementStatus getAgreementStatus() {
		return AgreementStatus.parse(getStatus()).orElse(AgreementStatus.DRAFT);
	}

	public LocalDate getEndLocalDate() {
		return CooperationDates.toLocalDate(getEndDate());
	}

	/** The last expiry alert sent, or null. */
	public ExpiryAlert getLastExpiryAlert() {
		return ExpiryAlert.parse(getLastAlert()).orElse(null);
	}

	public LocalDate getStartLocalDate() {
		return CooperationDates.toLocalDate(getStartDate());
	}

	/** The term, or null without both dates. */
	public AgreementTerm getTerm() {
		LocalDate start = getStartLocalDate();
		LocalDate end = getEndLocalDate();

		if ((start == null) || (end == null)) {
			return null;
		}

		return new AgreementTerm(start, end, isAutoProlongation(), getProlongationMonths());
	}

	public LocalDate getTerminationLocalDate() {
		return CooperationDates.toLocalDate(getTerminationDate());
	}

}
