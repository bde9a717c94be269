/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model.impl;

import java.time.LocalDate;

import java.util.List;

import ru.opora.domain.mentoring.assignment.MaterialLinks;
import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.SupportEventRules;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;
import ru.opora.domain.mentoring.assignment.SupportEventType;
import ru.opora.mentoring.util.MentoringDates;

/**
 * The stored support event seen through the domain core; whether it is
 * overdue is computed here, never stored.
 *
 * @author Opora
 */
public class SupportEventImpl extends SupportEventBaseImpl {

	/** The library materials linked to the event, in their order. */
	public List<Long> getMaterialFileEntryIdList() {
		return MaterialLinks.parse(getMaterialFileEntryIds());
	}

	public LocalDate getPlannedLocalDate() {
		return MentoringDates.toLocalDate(getPlannedDate());
	}

	public LocalDate getReportLocalDate() {
		return MentoringDates.toLocalDate(getReportDate());
	}

	/** The status, or null for an unknown stored code. */
	public SupportEventStatus getSupportEventStatus() {
		return SupportEventStatus.parse(getStatus()).orElse(null);
	}

	/** The type, or null for an unknown stored code. */
	public SupportEventType getSupportEventType() {
		return SupportEventType.parse(getEventType()).orElse(null);
	}

	/** Planned, unreported and more than graceDays days past its date. */
	public boolean isOverdue(LocalDate today, int graceDays) {
		return SupportEventRules.isOverdue(
			getSupportEventStatus(), getPlannedLocalDate(),
			getReportLocalDate(), today, graceDays);
	}

	public SupportEventData toSupportEventData() {
		return new SupportEventData(
			getSupportEventType(), getTitle(), getPlannedLocalDate(),
			getParticipants(), getExpectedResult());
	}

}
