/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskReviewComment;

/**
 * Provides the remote service interface for RiskDocument. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see RiskDocumentServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RiskDocumentService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.riskprofile.service.impl.RiskDocumentServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the risk document remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RiskDocumentServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Attaches a file to the school's documents of the year: for whoever edits the school's documents.
	 */
	public FileEntry addAttachment(
			long riskDocumentId, String fileName, String mimeType, byte[] bytes)
		throws PortalException;

	public RiskReviewComment addComment(
			long riskDocumentId, String section, String comment)
		throws PortalException;

	public RiskDocument addDocument(
			long schoolId, int year, String documentType, String factorCode,
			LocalDate periodStart, LocalDate periodEnd)
		throws PortalException;

	/**
	 * One attached file, for whoever may view the document.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public FileEntry getAttachment(long riskDocumentId, long fileEntryId)
		throws PortalException;

	/**
	 * The attached files, for whoever may view the document.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FileEntry> getAttachments(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskReviewComment> getComments(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ProgrammeContent getContent(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public RiskDocument getDocument(long riskDocumentId) throws PortalException;

	/**
	 * Every document of a site: coordinators only.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocument> getGroupDocuments(long groupId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskMeasure> getMeasures(long riskDocumentId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrackStatus getMonitoringStatus(long riskDocumentId, LocalDate today)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocument> getSchoolDocuments(long schoolId, int year)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrackStatus getSchoolMonitoringStatus(
			long schoolId, int year, LocalDate today)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RiskDocumentSnapshot> getSnapshots(long riskDocumentId)
		throws PortalException;

	/**
	 * A review step: submitting and new versions need the school's team
	 * (UPDATE), returning and approving its curator (REVIEW).
	 */
	public RiskDocument review(long riskDocumentId, String action)
		throws PortalException;

	public RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks,
			List<MeasureData> measures, String expectedResult)
		throws PortalException;

	public RiskMeasure updateMeasureProgress(
			long riskMeasureId, LocalDate doneDate, boolean notDone,
			Double interimValue, Double finalValue, LocalDate today)
		throws PortalException;

}