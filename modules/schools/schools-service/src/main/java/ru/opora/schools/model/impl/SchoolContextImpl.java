/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model.impl;

import ru.opora.domain.school.ContextFigures;
import ru.opora.schools.constants.SchoolsConstants;

/**
 * @author Opora
 */
public class SchoolContextImpl extends SchoolContextBaseImpl {

	/** The stored context as the domain core sees it. */
	public ContextFigures toContextFigures() {
		return new ContextFigures(
			getContextYear(), getPupilsCount(),
			SchoolsConstants.fromStored(getShareSingleParent()),
			SchoolsConstants.fromStored(getShareBothParentsHigherEdu()),
			SchoolsConstants.fromStored(getShareParentHigherEdu()),
			SchoolsConstants.fromStored(getShareDeviantRegistered()),
			SchoolsConstants.fromStored(getShareNonNativeRussian()),
			SchoolsConstants.fromStored(getShareLowIncome()),
			getTeacherVacancies(),
			SchoolsConstants.fromStored(getShareTeachersAged65Plus()),
			SchoolsConstants.fromStored(getShareTeachersDoubleLoad()),
			isNeedsMajorRepair(), isHasHighSpeedInternet(),
			isHasGrowthPointCentre());
	}

}
