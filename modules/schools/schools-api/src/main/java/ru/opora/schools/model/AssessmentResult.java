/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the AssessmentResult service. Represents a row in the &quot;Opora_AssessmentResult&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see AssessmentResultModel
 * @generated
 */
@ImplementationClassName("ru.opora.schools.model.impl.AssessmentResultImpl")
@ProviderType
public interface AssessmentResult
	extends AssessmentResultModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.schools.model.impl.AssessmentResultImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<AssessmentResult, Long>
		ASSESSMENT_RESULT_ID_ACCESSOR = new Accessor<AssessmentResult, Long>() {

			@Override
			public Long get(AssessmentResult assessmentResult) {
				return assessmentResult.getAssessmentResultId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<AssessmentResult> getTypeClass() {
				return AssessmentResult.class;
			}

		};

	/**
	 * The stored result as the domain core sees it.
	 */
	public ru.opora.domain.school.ResultFigures toResultFigures();

}