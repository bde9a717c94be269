/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import ru.opora.domain.cooperation.PartyRef;

/**
 * @author Opora
 */
public class AgreementModuleImpl extends AgreementModuleBaseImpl {

	/** The delivering party, or null when not named. */
	public PartyRef getDeliveringPartyRef() {
		return PartyRef.parse(getDeliveringParty());
	}

}
