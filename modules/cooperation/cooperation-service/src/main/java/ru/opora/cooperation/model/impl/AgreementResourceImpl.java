/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model.impl;

import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ResourceType;

/**
 * @author Opora
 */
public class AgreementResourceImpl extends AgreementResourceBaseImpl {

	public PartyRef getPartyRef() {
		return PartyRef.parse(getParty());
	}

	/** The type, or null for an unknown stored code. */
	public ResourceType getType() {
		return ResourceType.parse(getResourceType()).orElse(null);
	}

}
