/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RiskDocumentService}.
 *
 * @author Opora
 * @see RiskDocumentService
 * @generated
 */
public class RiskDocumentServiceWrapper
	implements RiskDocumentService, ServiceWrapper<RiskDocumentService> {

	public RiskDocumentServiceWrapper() {
		this(null);
	}

	public RiskDocumentServiceWrapper(RiskDocumentService riskDocumentService) {
		_riskDocumentService = riskDocumentService;
	}

	/**
	 * Attaches a file to the school's documents of the year: for whoever edits the school's documents.
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry addAttachment(
			long riskDocumentId, String fileName, String mimeType, byte[] bytes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.addAttachment(
			riskDocumentId, fileName, mimeType, bytes);
	}

	@Override
	public ru.opora.riskprofile.model.RiskReviewComment addComment(
			long riskDocumentId, String section, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.addComment(
			riskDocumentId, section, comment);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDocument addDocument(
			long schoolId, int year, String documentType, String factorCode,
			java.time.LocalDate periodStart, java.time.LocalDate periodEnd)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.addDocument(
			schoolId, year, documentType, factorCode, periodStart, periodEnd);
	}

	/**
	 * One attached file, for whoever may view the document.
	 */
	@Override
	public com.liferay.portal.kernel.repository.model.FileEntry getAttachment(
			long riskDocumentId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getAttachment(riskDocumentId, fileEntryId);
	}

	/**
	 * The attached files, for whoever may view the document.
	 */
	@Override
	public java.util.List<com.liferay.portal.kernel.repository.model.FileEntry>
			getAttachments(long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getAttachments(riskDocumentId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskReviewComment>
			getComments(long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getComments(riskDocumentId);
	}

	@Override
	public ru.opora.domain.risk.programme.ProgrammeContent getContent(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getContent(riskDocumentId);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDocument getDocument(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getDocument(riskDocumentId);
	}

	/**
	 * Every document of a site: coordinators only.
	 */
	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocument>
			getGroupDocuments(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getGroupDocuments(groupId);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskMeasure> getMeasures(
			long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getMeasures(riskDocumentId);
	}

	@Override
	public ru.opora.domain.risk.monitoring.TrackStatus getMonitoringStatus(
			long riskDocumentId, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getMonitoringStatus(riskDocumentId, today);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _riskDocumentService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocument>
			getSchoolDocuments(long schoolId, int year)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getSchoolDocuments(schoolId, year);
	}

	@Override
	public ru.opora.domain.risk.monitoring.TrackStatus
			getSchoolMonitoringStatus(
				long schoolId, int year, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getSchoolMonitoringStatus(
			schoolId, year, today);
	}

	@Override
	public java.util.List<ru.opora.riskprofile.model.RiskDocumentSnapshot>
			getSnapshots(long riskDocumentId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.getSnapshots(riskDocumentId);
	}

	/**
	 * A review step: submitting and new versions need the school's team
	 * (UPDATE), returning and approving its curator (REVIEW).
	 */
	@Override
	public ru.opora.riskprofile.model.RiskDocument review(
			long riskDocumentId, String action)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.review(riskDocumentId, action);
	}

	@Override
	public ru.opora.riskprofile.model.RiskDocument updateContent(
			long riskDocumentId, String goal, java.util.List<String> tasks,
			java.util.List<ru.opora.domain.risk.programme.MeasureData> measures,
			String expectedResult)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.updateContent(
			riskDocumentId, goal, tasks, measures, expectedResult);
	}

	@Override
	public ru.opora.riskprofile.model.RiskMeasure updateMeasureProgress(
			long riskMeasureId, java.time.LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _riskDocumentService.updateMeasureProgress(
			riskMeasureId, doneDate, notDone, interimValue, finalValue, today);
	}

	@Override
	public RiskDocumentService getWrappedService() {
		return _riskDocumentService;
	}

	@Override
	public void setWrappedService(RiskDocumentService riskDocumentService) {
		_riskDocumentService = riskDocumentService;
	}

	private RiskDocumentService _riskDocumentService;

}