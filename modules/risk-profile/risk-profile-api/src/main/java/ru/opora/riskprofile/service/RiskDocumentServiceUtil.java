/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.riskprofile.model.RiskDocument;

/**
 * Provides the remote service utility for RiskDocument. This utility wraps
 * <code>ru.opora.riskprofile.service.impl.RiskDocumentServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see RiskDocumentService
 * @generated
 */
public class RiskDocumentServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDocumentServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Attaches a file to the school's documents of the year: for whoever edits the school's documents.
	 */
	public static com.liferay.portal.kernel.repository.model.FileEntry
			addAttachment(
				long riskDocumentId, String fileName, String mimeType,
				byte[] bytes)
		throws PortalException {

		return getService().addAttachment(
			riskDocumentId, fileName, mimeType, bytes);
	}

	public static ru.opora.riskprofile.model.RiskReviewComment addComment(
			long riskDocumentId, String section, String comment)
		throws PortalException {

		return getService().addComment(riskDocumentId, section, comment);
	}

	public static RiskDocument addDocument(
			long schoolId, int year, String documentType, String factorCode,
			java.time.LocalDate periodStart, java.time.LocalDate periodEnd)
		throws PortalException {

		return getService().addDocument(
			schoolId, year, documentType, factorCode, periodStart, periodEnd);
	}

	/**
	 * One attached file, for whoever may view the document.
	 */
	public static com.liferay.portal.kernel.repository.model.FileEntry
			getAttachment(long riskDocumentId, long fileEntryId)
		throws PortalException {

		return getService().getAttachment(riskDocumentId, fileEntryId);
	}

	/**
	 * The attached files, for whoever may view the document.
	 */
	public static List<com.liferay.portal.kernel.repository.model.FileEntry>
			getAttachments(long riskDocumentId)
		throws PortalException {

		return getService().getAttachments(riskDocumentId);
	}

	public static List<ru.opora.riskprofile.model.RiskReviewComment>
			getComments(long riskDocumentId)
		throws PortalException {

		return getService().getComments(riskDocumentId);
	}

	public static ru.opora.domain.risk.programme.ProgrammeContent getContent(
			long riskDocumentId)
		throws PortalException {

		return getService().getContent(riskDocumentId);
	}

	public static RiskDocument getDocument(long riskDocumentId)
		throws PortalException {

		return getService().getDocument(riskDocumentId);
	}

	/**
	 * Every document of a site: coordinators only.
	 */
	public static List<RiskDocument> getGroupDocuments(long groupId)
		throws PortalException {

		return getService().getGroupDocuments(groupId);
	}

	public static List<ru.opora.riskprofile.model.RiskMeasure> getMeasures(
			long riskDocumentId)
		throws PortalException {

		return getService().getMeasures(riskDocumentId);
	}

	public static ru.opora.domain.risk.monitoring.TrackStatus
			getMonitoringStatus(long riskDocumentId, java.time.LocalDate today)
		throws PortalException {

		return getService().getMonitoringStatus(riskDocumentId, today);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<RiskDocument> getSchoolDocuments(long schoolId, int year)
		throws PortalException {

		return getService().getSchoolDocuments(schoolId, year);
	}

	public static ru.opora.domain.risk.monitoring.TrackStatus
			getSchoolMonitoringStatus(
				long schoolId, int year, java.time.LocalDate today)
		throws PortalException {

		return getService().getSchoolMonitoringStatus(schoolId, year, today);
	}

	public static List<ru.opora.riskprofile.model.RiskDocumentSnapshot>
			getSnapshots(long riskDocumentId)
		throws PortalException {

		return getService().getSnapshots(riskDocumentId);
	}

	/**
	 * A review step: submitting and new versions need the school's team
	 * (UPDATE), returning and approving its curator (REVIEW).
	 */
	public static RiskDocument review(long riskDocumentId, String action)
		throws PortalException {

		return getService().review(riskDocumentId, action);
	}

	public static RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks,
			List<ru.opora.domain.risk.programme.MeasureData> measures,
			String expectedResult)
		throws PortalException {

		return getService().updateContent(
			riskDocumentId, goal, tasks, measures, expectedResult);
	}

	public static ru.opora.riskprofile.model.RiskMeasure updateMeasureProgress(
			long riskMeasureId, java.time.LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, java.time.LocalDate today)
		throws PortalException {

		return getService().updateMeasureProgress(
			riskMeasureId, doneDate, notDone, interimValue, finalValue, today);
	}

	public static RiskDocumentService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<RiskDocumentService> _serviceSnapshot =
		new Snapshot<>(
			RiskDocumentServiceUtil.class, RiskDocumentService.class);

}