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
 * The extended model interface for the RiskSurveyResponse service. Represents a row in the &quot;OporaRp_RiskSurveyResponse&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see RiskSurveyResponseModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.riskprofile.model.impl.RiskSurveyResponseImpl"
)
@ProviderType
public interface RiskSurveyResponse
	extends PersistedModel, RiskSurveyResponseModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.riskprofile.model.impl.RiskSurveyResponseImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<RiskSurveyResponse, Long>
		RISK_SURVEY_RESPONSE_ID_ACCESSOR =
			new Accessor<RiskSurveyResponse, Long>() {

				@Override
				public Long get(RiskSurveyResponse riskSurveyResponse) {
					return riskSurveyResponse.getRiskSurveyResponseId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<RiskSurveyResponse> getTypeClass() {
					return RiskSurveyResponse.class;
				}

			};

}