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
 * The extended model interface for the SchoolContext service. Represents a row in the &quot;Opora_SchoolContext&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see SchoolContextModel
 * @generated
 */
@ImplementationClassName("ru.opora.schools.model.impl.SchoolContextImpl")
@ProviderType
public interface SchoolContext extends PersistedModel, SchoolContextModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.schools.model.impl.SchoolContextImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SchoolContext, Long>
		SCHOOL_CONTEXT_ID_ACCESSOR = new Accessor<SchoolContext, Long>() {

			@Override
			public Long get(SchoolContext schoolContext) {
				return schoolContext.getSchoolContextId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<SchoolContext> getTypeClass() {
				return SchoolContext.class;
			}

		};

	/**
	 * The stored context as the domain core sees it.
	 */
	public ru.opora.domain.school.ContextFigures toContextFigures();

}