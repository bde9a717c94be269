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
 * The extended model interface for the MentorAssignment service. Represents a row in the &quot;Opora_MentorAssignment&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see MentorAssignmentModel
 * @generated
 */
@ImplementationClassName("ru.opora.mentoring.model.impl.MentorAssignmentImpl")
@ProviderType
public interface MentorAssignment
	extends MentorAssignmentModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.mentoring.model.impl.MentorAssignmentImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<MentorAssignment, Long>
		MENTOR_ASSIGNMENT_ID_ACCESSOR = new Accessor<MentorAssignment, Long>() {

			@Override
			public Long get(MentorAssignment mentorAssignment) {
				return mentorAssignment.getMentorAssignmentId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<MentorAssignment> getTypeClass() {
				return MentorAssignment.class;
			}

		};

	/**
	 * The kind, or null for an unknown stored code.
	 */
	public ru.opora.domain.mentoring.assignment.AssignmentKind
		getAssignmentKind();

	/**
	 * The status, or null for an unknown stored code.
	 */
	public ru.opora.domain.mentoring.assignment.AssignmentStatus
		getAssignmentStatus();

	public java.time.LocalDate getEndLocalDate();

	/**
	 * Why this mentor: the cost components of the suggestion, if any.
	 */
	public java.util.List<ru.opora.domain.mentoring.CostComponent>
		getExplanationComponents();

	public java.time.LocalDate getOrderLocalDate();

	/**
	 * The period, or null without a valid start.
	 */
	public ru.opora.domain.mentoring.assignment.Period getPeriod();

	public java.time.LocalDate getStartLocalDate();

	/**
	 * True while proposed or active.
	 */
	public boolean isOpen();

	public ru.opora.domain.mentoring.assignment.AssignmentData
		toAssignmentData();

}