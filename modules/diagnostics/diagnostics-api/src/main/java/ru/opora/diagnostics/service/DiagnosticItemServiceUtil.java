/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.diagnostics.model.DiagnosticItem;

/**
 * Provides the remote service utility for DiagnosticItem. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.DiagnosticItemServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see DiagnosticItemService
 * @generated
 */
public class DiagnosticItemServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.DiagnosticItemServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static DiagnosticItem addItem(
			long groupId, String code, String competenceCode, String itemType,
			String text, String options, String matches, String scoringKey,
			int weight)
		throws PortalException {

		return getService().addItem(
			groupId, code, competenceCode, itemType, text, options, matches,
			scoringKey, weight);
	}

	public static List<ru.opora.diagnostics.model.ItemBank> getBanks(
			long groupId)
		throws PortalException {

		return getService().getBanks(groupId);
	}

	public static ru.opora.domain.diagnostics.BankVersion getBankVersion(
			long groupId, int version)
		throws PortalException {

		return getService().getBankVersion(groupId, version);
	}

	public static DiagnosticItem getItem(long groupId, long diagnosticItemId)
		throws PortalException {

		return getService().getItem(groupId, diagnosticItemId);
	}

	public static List<DiagnosticItem> getItems(long groupId, int version)
		throws PortalException {

		return getService().getItems(groupId, version);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * Reads a bank sheet into the draft: nothing is stored unless every row is valid; the problems are returned.
	 */
	public static List<ru.opora.domain.diagnostics.BankSheet.Problem>
			importBank(long groupId, List<List<String>> rows)
		throws PortalException {

		return getService().importBank(groupId, rows);
	}

	public static ru.opora.diagnostics.model.ItemBank publishDraft(long groupId)
		throws PortalException {

		return getService().publishDraft(groupId);
	}

	public static DiagnosticItem updateItem(
			long groupId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException {

		return getService().updateItem(
			groupId, diagnosticItemId, competenceCode, itemType, text, options,
			matches, scoringKey, weight);
	}

	public static DiagnosticItemService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<DiagnosticItemService> _serviceSnapshot =
		new Snapshot<>(
			DiagnosticItemServiceUtil.class, DiagnosticItemService.class);

}