/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the MentorAssignmentHistory service. Represents a row in the &quot;Opora_MentorAssignmentHistory&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see MentorAssignmentHistoryModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.mentoring.model.impl.MentorAssignmentHistoryImpl"
)
@ProviderType
public interface MentorAssignmentHistory
	extends MentorAssignmentHistoryModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.mentoring.model.impl.MentorAssignmentHistoryImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<MentorAssignmentHistory, Long>
		MENTOR_ASSIGNMENT_HISTORY_ID_ACCESSOR =
			new Accessor<MentorAssignmentHistory, Long>() {

				@Override
				public Long get(
					MentorAssignmentHistory mentorAssignmentHistory) {

					return mentorAssignmentHistory.
						getMentorAssignmentHistoryId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<MentorAssignmentHistory> getTypeClass() {
					return MentorAssignmentHistory.class;
				}

			};

}