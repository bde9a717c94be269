/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link DiagnosticItemService}.
 *
 * @author Opora
 * @see DiagnosticItemService
 * @generated
 */
public class DiagnosticItemServiceWrapper
	implements DiagnosticItemService, ServiceWrapper<DiagnosticItemService> {

	public DiagnosticItemServiceWrapper() {
		this(null);
	}

	public DiagnosticItemServiceWrapper(
		DiagnosticItemService diagnosticItemService) {

		_diagnosticItemService = diagnosticItemService;
	}

	@Override
	public ru.opora.diagnostics.model.Competence addCompetence(
			long groupId, String code, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.addCompetence(
			groupId, code, areaCode, name, threshold, itemsPerSession);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea addCompetenceArea(
			long groupId, String code, String name, String kind, String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.addCompetenceArea(
			groupId, code, name, kind, subject);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticItem addItem(
			long groupId, String code, String competenceCode, String itemType,
			String text, String options, String matches, String scoringKey,
			int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.addItem(
			groupId, code, competenceCode, itemType, text, options, matches,
			scoringKey, weight);
	}

	/**
	 * Whether the bank may be changed from this site (MANAGE_BANK and the configured bank site).
	 */
	@Override
	public boolean canChangeBank(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.canChangeBank(groupId);
	}

	@Override
	public ru.opora.diagnostics.model.Competence deleteCompetence(
			long groupId, long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.deleteCompetence(groupId, competenceId);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea deleteCompetenceArea(
			long groupId, long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.deleteCompetenceArea(
			groupId, competenceAreaId);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticItem deleteItem(
			long groupId, long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.deleteItem(groupId, diagnosticItemId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.ItemBank> getBanks(
			long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getBanks(groupId);
	}

	@Override
	public ru.opora.domain.diagnostics.BankVersion getBankVersion(
			long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getBankVersion(groupId, version);
	}

	@Override
	public ru.opora.diagnostics.model.Competence getCompetence(
			long groupId, long competenceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getCompetence(groupId, competenceId);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea getCompetenceArea(
			long groupId, long competenceAreaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getCompetenceArea(
			groupId, competenceAreaId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.CompetenceArea>
			getCompetenceAreas(long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getCompetenceAreas(groupId, version);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.Competence> getCompetences(
			long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getCompetences(groupId, version);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticItem getItem(
			long groupId, long diagnosticItemId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getItem(groupId, diagnosticItemId);
	}

	@Override
	public java.util.List<ru.opora.diagnostics.model.DiagnosticItem> getItems(
			long groupId, int version)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.getItems(groupId, version);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _diagnosticItemService.getOSGiServiceIdentifier();
	}

	/**
	 * Reads a bank sheet into the draft: nothing is stored unless every row is valid; the problems are returned.
	 */
	@Override
	public java.util.List<ru.opora.domain.diagnostics.SheetProblem> importBank(
			long groupId, java.util.List<java.util.List<String>> rows)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.importBank(groupId, rows);
	}

	@Override
	public ru.opora.diagnostics.model.ItemBank publishDraft(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.publishDraft(groupId);
	}

	@Override
	public ru.opora.diagnostics.model.Competence updateCompetence(
			long groupId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.updateCompetence(
			groupId, competenceId, areaCode, name, threshold, itemsPerSession);
	}

	@Override
	public ru.opora.diagnostics.model.CompetenceArea updateCompetenceArea(
			long groupId, long competenceAreaId, String name, String kind,
			String subject)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.updateCompetenceArea(
			groupId, competenceAreaId, name, kind, subject);
	}

	@Override
	public ru.opora.diagnostics.model.DiagnosticItem updateItem(
			long groupId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _diagnosticItemService.updateItem(
			groupId, diagnosticItemId, competenceCode, itemType, text, options,
			matches, scoringKey, weight);
	}

	@Override
	public DiagnosticItemService getWrappedService() {
		return _diagnosticItemService;
	}

	@Override
	public void setWrappedService(DiagnosticItemService diagnosticItemService) {
		_diagnosticItemService = diagnosticItemService;
	}

	private DiagnosticItemService _diagnosticItemService;

}