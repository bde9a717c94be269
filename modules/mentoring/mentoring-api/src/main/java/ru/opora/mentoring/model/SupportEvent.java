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
 * The extended model interface for the SupportEvent service. Represents a row in the &quot;Opora_SupportEvent&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see SupportEventModel
 * @generated
 */
@ImplementationClassName("ru.opora.mentoring.model.impl.SupportEventImpl")
@ProviderType
public interface SupportEvent extends PersistedModel, SupportEventModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.mentoring.model.impl.SupportEventImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SupportEvent, Long> SUPPORT_EVENT_ID_ACCESSOR =
		new Accessor<SupportEvent, Long>() {

			@Override
			public Long get(SupportEvent supportEvent) {
				return supportEvent.getSupportEventId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<SupportEvent> getTypeClass() {
				return SupportEvent.class;
			}

		};

	/**
	 * The library materials linked to the event, in their order.
	 */
	public java.util.List<Long> getMaterialFileEntryIdList();

	public java.time.LocalDate getPlannedLocalDate();

	public java.time.LocalDate getReportLocalDate();

	/**
	 * The status, or null for an unknown stored code.
	 */
	public ru.opora.domain.mentoring.assignment.SupportEventStatus
		getSupportEventStatus();

	/**
	 * The type, or null for an unknown stored code.
	 */
	public ru.opora.domain.mentoring.assignment.SupportEventType
		getSupportEventType();

	/**
	 * Planned, unreported and more than graceDays days past its date.
	 */
	public boolean isOverdue(java.time.LocalDate today, int graceDays);

	public ru.opora.domain.mentoring.assignment.SupportEventData
		toSupportEventData();

}