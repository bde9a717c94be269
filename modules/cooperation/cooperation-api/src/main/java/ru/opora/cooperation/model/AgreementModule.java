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
 * The extended model interface for the AgreementModule service. Represents a row in the &quot;Opora_AgreementModule&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AgreementModuleModel
 * @generated
 */
@ImplementationClassName("ru.opora.cooperation.model.impl.AgreementModuleImpl")
@ProviderType
public interface AgreementModule extends AgreementModuleModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.AgreementModuleImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AgreementModule, Long>
		AGREEMENT_MODULE_ID_ACCESSOR = new Accessor<AgreementModule, Long>() {

			@Override
			public Long get(AgreementModule agreementModule) {
				return agreementModule.getAgreementModuleId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<AgreementModule> getTypeClass() {
				return AgreementModule.class;
			}

		};

	/**
	 * The delivering party, or null when not named.
	 */
	public ru.opora.domain.cooperation.PartyRef getDeliveringPartyRef();

}