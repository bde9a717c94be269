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
 * The extended model interface for the CooperationAgreement service. Represents a row in the &quot;Opora_CooperationAgreement&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see CooperationAgreementModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.cooperation.model.impl.CooperationAgreementImpl"
)
@ProviderType
public interface CooperationAgreement
	extends CooperationAgreementModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.CooperationAgreementImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CooperationAgreement, Long>
		AGREEMENT_ID_ACCESSOR = new Accessor<CooperationAgreement, Long>() {

			@Override
			public Long get(CooperationAgreement cooperationAgreement) {
				return cooperationAgreement.getAgreementId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<CooperationAgreement> getTypeClass() {
				return CooperationAgreement.class;
			}

		};

	public java.time.LocalDate getAgreementLocalDate();

	/**
	 * The kind, or null for an unknown stored code.
	 */
	public ru.opora.domain.cooperation.AgreementKind getAgreementKind();

	/**
	 * The status; an unknown stored code reads as a draft.
	 */
	public ru.opora.domain.cooperation.AgreementStatus getAgreementStatus();

	public java.time.LocalDate getEndLocalDate();

	/**
	 * The last expiry alert sent, or null.
	 */
	public ru.opora.domain.cooperation.ExpiryAlert getLastExpiryAlert();

	public java.time.LocalDate getStartLocalDate();

	/**
	 * The term, or null without both dates.
	 */
	public ru.opora.domain.cooperation.AgreementTerm getTerm();

	public java.time.LocalDate getTerminationLocalDate();

}