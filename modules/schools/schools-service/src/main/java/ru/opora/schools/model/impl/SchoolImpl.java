/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model.impl;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;
import ru.opora.schools.constants.SchoolsConstants;

/**
 * @author Opora
 */
public class SchoolImpl extends SchoolBaseImpl {

	/** The stored school as the domain core sees it. */
	public SchoolData toSchoolData() {
		return new SchoolData(
			getSchoolId(), getName(), getShortName(), getAddress(),
			SettlementType.parse(getSettlementType()).orElse(null),
			SchoolLevel.parse(getSchoolLevel()).orElse(null), isSmallSchool(),
			getBranchOfSchoolId(),
			SchoolsConstants.fromStored(getDistanceToCentreKm()), getHeadName(),
			getPhone(), getEmail(), getFederalLogin(),
			SchoolStatus.parse(getSchoolStatus()).orElse(null));
	}

}
