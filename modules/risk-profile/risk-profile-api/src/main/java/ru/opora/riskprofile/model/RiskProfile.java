/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the RiskProfile service. Represents a row in the &quot;OporaRp_RiskProfile&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see RiskProfileModel
 * @generated
 */
@ImplementationClassName("ru.opora.riskprofile.model.impl.RiskProfileImpl")
@ProviderType
public interface RiskProfile extends PersistedModel, RiskProfileModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.riskprofile.model.impl.RiskProfileImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<RiskProfile, Long> RISK_PROFILE_ID_ACCESSOR =
		new Accessor<RiskProfile, Long>() {

			@Override
			public Long get(RiskProfile riskProfile) {
				return riskProfile.getRiskProfileId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<RiskProfile> getTypeClass() {
				return RiskProfile.class;
			}

		};

}