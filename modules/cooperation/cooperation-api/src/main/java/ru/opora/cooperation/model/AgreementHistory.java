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
 * The extended model interface for the AgreementHistory service. Represents a row in the &quot;Opora_AgreementHistory&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AgreementHistoryModel
 * @generated
 */
@ImplementationClassName("ru.opora.cooperation.model.impl.AgreementHistoryImpl")
@ProviderType
public interface AgreementHistory
	extends AgreementHistoryModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.AgreementHistoryImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AgreementHistory, Long>
		AGREEMENT_HISTORY_ID_ACCESSOR = new Accessor<AgreementHistory, Long>() {

			@Override
			public Long get(AgreementHistory agreementHistory) {
				return agreementHistory.getAgreementHistoryId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<AgreementHistory> getTypeClass() {
				return AgreementHistory.class;
			}

		};

}