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
 * The extended model interface for the DiagnosticSession service. Represents a row in the &quot;OporaDiag_DiagnosticSession&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see DiagnosticSessionModel
 * @generated
 */
@ImplementationClassName(
	"ru.opora.diagnostics.model.impl.DiagnosticSessionImpl"
)
@ProviderType
public interface DiagnosticSession
	extends DiagnosticSessionModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.diagnostics.model.impl.DiagnosticSessionImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<DiagnosticSession, Long>
		DIAGNOSTIC_SESSION_ID_ACCESSOR =
			new Accessor<DiagnosticSession, Long>() {

				@Override
				public Long get(DiagnosticSession diagnosticSession) {
					return diagnosticSession.getDiagnosticSessionId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<DiagnosticSession> getTypeClass() {
					return DiagnosticSession.class;
				}

			};

}