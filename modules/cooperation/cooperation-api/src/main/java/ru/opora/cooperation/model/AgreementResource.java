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
 * The extended model interface for the AgreementResource service. Represents a row in the &quot;Opora_AgreementResource&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AgreementResourceModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.cooperation.model.impl.AgreementResourceImpl"
)
@ProviderType
public interface AgreementResource
	extends AgreementResourceModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.cooperation.model.impl.AgreementResourceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AgreementResource, Long>
		AGREEMENT_RESOURCE_ID_ACCESSOR =
			new Accessor<AgreementResource, Long>() {

				@Override
				public Long get(AgreementResource agreementResource) {
					return agreementResource.getAgreementResourceId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<AgreementResource> getTypeClass() {
					return AgreementResource.class;
				}

			};

	public ru.opora.domain.cooperation.PartyRef getPartyRef();

	/**
	 * The type, or null for an unknown stored code.
	 */
	public ru.opora.domain.cooperation.ResourceType getType();

}