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
 * The extended model interface for the DiagnosticItem service. Represents a row in the &quot;OporaDiag_DiagnosticItem&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see DiagnosticItemModel
 * @generated
 */
@ImplementationClassName("ru.opora.diagnostics.model.impl.DiagnosticItemImpl")
@ProviderType
public interface DiagnosticItem extends DiagnosticItemModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.diagnostics.model.impl.DiagnosticItemImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<DiagnosticItem, Long>
		DIAGNOSTIC_ITEM_ID_ACCESSOR = new Accessor<DiagnosticItem, Long>() {

			@Override
			public Long get(DiagnosticItem diagnosticItem) {
				return diagnosticItem.getDiagnosticItemId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<DiagnosticItem> getTypeClass() {
				return DiagnosticItem.class;
			}

		};

}