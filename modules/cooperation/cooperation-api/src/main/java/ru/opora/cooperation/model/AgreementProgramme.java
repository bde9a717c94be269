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
 * The extended model interface for the AgreementProgramme service. Represents a row in the &quot;Opora_AgreementProgramme&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AgreementProgrammeModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.cooperation.model.impl.AgreementProgrammeImpl"
)
@ProviderType
public interface AgreementProgramme
	extends AgreementProgrammeModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.AgreementProgrammeImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AgreementProgramme, Long>
		AGREEMENT_PROGRAMME_ID_ACCESSOR =
			new Accessor<AgreementProgramme, Long>() {

				@Override
				public Long get(AgreementProgramme agreementProgramme) {
					return agreementProgramme.getAgreementProgrammeId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<AgreementProgramme> getTypeClass() {
					return AgreementProgramme.class;
				}

			};

	public java.time.LocalDate getEndLocalDate();

	/**
	 * The kind, or null for an unknown stored code.
	 */
	public ru.opora.domain.cooperation.ProgrammeKind getProgrammeKind();

	public java.time.LocalDate getStartLocalDate();

}