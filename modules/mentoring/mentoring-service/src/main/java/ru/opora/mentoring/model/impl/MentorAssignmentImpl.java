/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model.impl;

import java.time.LocalDate;

import java.util.List;

import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.mentoring.assignment.Explanation;
import ru.opora.domain.mentoring.assignment.Period;
import ru.opora.mentoring.util.MentoringDates;

/**
 * The stored assignment seen through the domain core: enums, days and the
 * period.
 *
 * @author Opora
 */
public class MentorAssignmentImpl extends MentorAssignmentBaseImpl {

	/** The kind, or null for an unknown stored code. */
	public AssignmentKind getAssignmentKind() {
		return AssignmentKind.parse(getKind()).orElse(null);
	}

	/** The status, or null for an unknown stored code. */
	public AssignmentStatus getAssignmentStatus() {
		return AssignmentStatus.parse(getStatus()).orElse(null);
	}

	public LocalDate getEndLocalDate() {
		return MentoringDates.toLocalDate(getEndDate());
	}

	/** Why this mentor: the cost components of the suggestion, if any. */
	public List<CostComponent> getExplanationComponents() {
		return Explanation.parse(getExplanation());
	}

	public LocalDate getOrderLocalDate() {
		return MentoringDates.toLocalDate(getOrderDate());
	}

	/** The period, or null without a valid start. */
	public Period getPeriod() {
		return toAssignmentData().getPeriod();
	}

	public LocalDate getStartLocalDate() {
		return MentoringDates.toLocalDate(getStartDate());
	}

	/** True while proposed or active. */
	public boolean isOpen() {
		AssignmentStatus assignmentStatus = getAssignmentStatus();

		if (assignmentStatus == null) {
			return false;
		}

		return assignmentStatus.isOpen();
	}

	public AssignmentData toAssignmentData() {
		return AssignmentData.builder(
			getAssignmentKind()
		).supportedSchoolId(
			getSupportedSchoolId()
		).mentorSchoolId(
			getMentorSchoolId()
		).curatorUserId(
			getCuratorUserId()
		).teacherMentorUserId(
			getTeacherMentorUserId()
		).menteeUserId(
			getMenteeUserId()
		).period(
			getStartLocalDate(), getEndLocalDate()
		).order(
			getOrderNumber(), getOrderLocalDate(), getOrderFileEntryId()
		).explanation(
			getExplanation()
		).build();
	}

}
