/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the CompetenceScore service. Represents a row in the &quot;OporaDiag_CompetenceScore&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see CompetenceScoreModel
 * @generated
 */
@ImplementationClassName("ru.opora.diagnostics.model.impl.CompetenceScoreImpl")
@ProviderType
public interface CompetenceScore extends CompetenceScoreModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.diagnostics.model.impl.CompetenceScoreImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CompetenceScore, Long>
		COMPETENCE_SCORE_ID_ACCESSOR = new Accessor<CompetenceScore, Long>() {

			@Override
			public Long get(CompetenceScore competenceScore) {
				return competenceScore.getCompetenceScoreId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<CompetenceScore> getTypeClass() {
				return CompetenceScore.class;
			}

		};

}