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
 * The extended model interface for the RiskFactorLevel service. Represents a row in the &quot;OporaRp_RiskFactorLevel&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see RiskFactorLevelModel
 * @generated
 */
@ImplementationClassName("ru.opora.riskprofile.model.impl.RiskFactorLevelImpl")
@ProviderType
public interface RiskFactorLevel extends PersistedModel, RiskFactorLevelModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.riskprofile.model.impl.RiskFactorLevelImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<RiskFactorLevel, Long>
		RISK_FACTOR_LEVEL_ID_ACCESSOR = new Accessor<RiskFactorLevel, Long>() {

			@Override
			public Long get(RiskFactorLevel riskFactorLevel) {
				return riskFactorLevel.getRiskFactorLevelId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<RiskFactorLevel> getTypeClass() {
				return RiskFactorLevel.class;
			}

		};

}