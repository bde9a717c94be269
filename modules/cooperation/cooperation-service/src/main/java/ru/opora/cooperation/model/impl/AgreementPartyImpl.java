/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.Requisites;

/**
 * A party: a school of the registry or an organisation of the portal.
 *
 * @author Opora
 */
public class AgreementPartyImpl extends AgreementPartyBaseImpl {

	/** The party, or null when neither id is set. */
	public PartyRef getPartyRef() {
		if (getSchoolId() > 0) {
			return PartyRef.school(getSchoolId());
		}

		if (getOrganizationId() > 0) {
			return PartyRef.organization(getOrganizationId());
		}

		return null;
	}

	public Requisites getRequisites() {
		return new Requisites(
			getFullName(), getLegalForm(), getAddress(), getInn(), getOgrn(), getHeadName(), getHeadPosition(),
			getAuthorityBasis());
	}

	public PartyData toPartyData() {
		return new PartyData(getPartyRef(), getRequisites());
	}

}
