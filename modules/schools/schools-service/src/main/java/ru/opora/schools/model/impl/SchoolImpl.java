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
			getSchoolId(), getName(), _nullIfEmpty(getShortName()),
			_nullIfEmpty(getAddress()),
			SettlementType.parse(getSettlementType()).orElse(null),
			SchoolLevel.parse(getSchoolLevel()).orElse(null), isSmallSchool(),
			getBranchOfSchoolId(),
			SchoolsConstants.fromStored(getDistanceToCentreKm()),
			_nullIfEmpty(getHeadName()), _nullIfEmpty(getPhone()),
			_nullIfEmpty(getEmail()), getFederalLogin(),
			SchoolStatus.parse(getSchoolStatus()).orElse(null));
	}

	/** Optional text is stored as empty; the domain core says null. */
	private static String _nullIfEmpty(String value) {
		if ((value == null) || value.isEmpty()) {
			return null;
		}

		return value;
	}

}
