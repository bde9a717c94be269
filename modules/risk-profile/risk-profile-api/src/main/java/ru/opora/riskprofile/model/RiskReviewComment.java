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
 * The extended model interface for the RiskReviewComment service. Represents a row in the &quot;OporaRp_RiskReviewComment&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see RiskReviewCommentModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.riskprofile.model.impl.RiskReviewCommentImpl"
)
@ProviderType
public interface RiskReviewComment
	extends PersistedModel, RiskReviewCommentModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.riskprofile.model.impl.RiskReviewCommentImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<RiskReviewComment, Long>
		RISK_REVIEW_COMMENT_ID_ACCESSOR =
			new Accessor<RiskReviewComment, Long>() {

				@Override
				public Long get(RiskReviewComment riskReviewComment) {
					return riskReviewComment.getRiskReviewCommentId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<RiskReviewComment> getTypeClass() {
					return RiskReviewComment.class;
				}

			};

}