/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model.impl;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.schools.constants.SchoolsConstants;

/**
 * @author Opora
 */
public class AssessmentResultImpl extends AssessmentResultBaseImpl {

	/** The stored result as the domain core sees it. */
	public ResultFigures toResultFigures() {
		boolean marksGiven = isMarksGiven();

		return new ResultFigures(
			AssessmentType.parse(getAssessmentType()).orElse(null),
			getAssessmentYear(), getGrade(), getSubject(), getParticipants(),
			marksGiven ? getMarks2() : null, marksGiven ? getMarks3() : null,
			marksGiven ? getMarks4() : null, marksGiven ? getMarks5() : null,
			SchoolsConstants.fromStored(getMeanScore()),
			SchoolsConstants.fromStored(getShareBelowThreshold()));
	}

}
