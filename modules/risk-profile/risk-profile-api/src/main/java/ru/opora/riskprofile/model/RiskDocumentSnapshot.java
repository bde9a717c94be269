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
 * The extended model interface for the RiskDocumentSnapshot service. Represents a row in the &quot;OporaRp_RiskDocumentSnapshot&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see RiskDocumentSnapshotModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.riskprofile.model.impl.RiskDocumentSnapshotImpl"
)
@ProviderType
public interface RiskDocumentSnapshot
	extends PersistedModel, RiskDocumentSnapshotModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.riskprofile.model.impl.RiskDocumentSnapshotImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<RiskDocumentSnapshot, Long>
		RISK_DOCUMENT_SNAPSHOT_ID_ACCESSOR =
			new Accessor<RiskDocumentSnapshot, Long>() {

				@Override
				public Long get(RiskDocumentSnapshot riskDocumentSnapshot) {
					return riskDocumentSnapshot.getRiskDocumentSnapshotId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<RiskDocumentSnapshot> getTypeClass() {
					return RiskDocumentSnapshot.class;
				}

			};

}