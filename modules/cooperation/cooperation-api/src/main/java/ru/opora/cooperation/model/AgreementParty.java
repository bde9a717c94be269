/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the AgreementParty service. Represents a row in the &quot;Opora_AgreementParty&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AgreementPartyModel
 * @generated
 */
@ImplementationClassName("ru.opora.cooperation.model.impl.AgreementPartyImpl")
@ProviderType
public interface AgreementParty extends AgreementPartyModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.AgreementPartyImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AgreementParty, Long>
		AGREEMENT_PARTY_ID_ACCESSOR = new Accessor<AgreementParty, Long>() {

			@Override
			public Long get(AgreementParty agreementParty) {
				return agreementParty.getAgreementPartyId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<AgreementParty> getTypeClass() {
				return AgreementParty.class;
			}

		};

	/**
	 * The party, or null when neither id is set.
	 */
	public ru.opora.domain.cooperation.PartyRef getPartyRef();

	public ru.opora.domain.cooperation.Requisites getRequisites();

	public ru.opora.domain.cooperation.PartyData toPartyData();

}