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
	public static ru.opora.diagnostics.model.Competence addCompetence(
			long groupId, String code, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException {

		return getService().addCompetence(
			groupId, code, areaCode, name, threshold, itemsPerSession);
	}

	public static ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
			long groupId, String code, String name, String kind, String subject)
		throws PortalException {

		return getService().addCompetenceArea(
			groupId, code, name, kind, subject);
	}

	public static DiagnosticItem addItem(
			long groupId, String code, String competenceCode, String itemType,
			String text, String options, String matches, String scoringKey,
			int weight)
		throws PortalException {

		return getService().addItem(
			groupId, code, competenceCode, itemType, text, options, matches,
			scoringKey, weight);
	}

	/**
	 * Whether the bank may be changed from this site (MANAGE_BANK and the configured bank site).
	 */
	public static boolean canChangeBank(long groupId) throws PortalException {
		return getService().canChangeBank(groupId);
	}

	public static ru.opora.diagnostics.model.Competence deleteCompetence(
			long groupId, long competenceId)
		throws PortalException {

		return getService().deleteCompetence(groupId, competenceId);
	}

	public static ru.opora.diagnostics.model.CompetenceArea
			deleteCompetenceArea(long groupId, long competenceAreaId)
		throws PortalException {

		return getService().deleteCompetenceArea(groupId, competenceAreaId);
	}

	public static DiagnosticItem deleteItem(long groupId, long diagnosticItemId)
		throws PortalException {

		return getService().deleteItem(groupId, diagnosticItemId);
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

	public static ru.opora.diagnostics.model.Competence getCompetence(
			long groupId, long competenceId)
		throws PortalException {

		return getService().getCompetence(groupId, competenceId);
	}

	public static ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			long groupId, long competenceAreaId)
		throws PortalException {

		return getService().getCompetenceArea(groupId, competenceAreaId);
	}

	public static List<ru.opora.diagnostics.model.CompetenceArea>
			getCompetenceAreas(long groupId, int version)
		throws PortalException {

		return getService().getCompetenceAreas(groupId, version);
	}

	public static List<ru.opora.diagnostics.model.Competence> getCompetences(
			long groupId, int version)
		throws PortalException {

		return getService().getCompetences(groupId, version);
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
	public static List<ru.opora.domain.diagnostics.SheetProblem> importBank(
			long groupId, List<List<String>> rows)
		throws PortalException {

		return getService().importBank(groupId, rows);
	}

	public static ru.opora.diagnostics.model.ItemBank publishDraft(long groupId)
		throws PortalException {

		return getService().publishDraft(groupId);
	}

	public static ru.opora.diagnostics.model.Competence updateCompetence(
			long groupId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException {

		return getService().updateCompetence(
			groupId, competenceId, areaCode, name, threshold, itemsPerSession);
	}

	public static ru.opora.diagnostics.model.CompetenceArea
			updateCompetenceArea(
				long groupId, long competenceAreaId, String name, String kind,
				String subject)
		throws PortalException {

		return getService().updateCompetenceArea(
			groupId, competenceAreaId, name, kind, subject);
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