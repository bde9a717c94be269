/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskReviewComment;
import ru.opora.riskprofile.service.base.RiskDocumentServiceBaseImpl;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The permission-checked document operations: the school's team writes,
 * submits and monitors; its curator comments, returns and approves;
 * coordinators view. Nobody else sees a school's documents.
 *
 * @author Opora
 */
@Component(
	property = {
		"json.web.service.context.name=oporarp",
		"json.web.service.context.path=RiskDocument"
	},
	service = AopService.class
)
public class RiskDocumentServiceImpl extends RiskDocumentServiceBaseImpl {

	/** Attaches a file to the school's documents of the year: for whoever edits the school's documents. */
	@Override
	public FileEntry addAttachment(long riskDocumentId, String fileName, String mimeType, byte[] bytes)
		throws PortalException {

		RiskDocument document = riskDocumentLocalService.getRiskDocument(riskDocumentId);

		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(document.getSchoolId()),
			RiskProfileActionKeys.UPDATE);

		return riskDocumentLocalService.addAttachment(getUserId(), riskDocumentId, fileName, mimeType, bytes);
	}

	/** One attached file, for whoever may view the document. */
	@Override
	public FileEntry getAttachment(long riskDocumentId, long fileEntryId) throws PortalException {
		_modelResourcePermission.check(getPermissionChecker(), riskDocumentId, RiskProfileActionKeys.VIEW);

		return riskDocumentLocalService.getAttachment(riskDocumentId, fileEntryId);
	}

	/** The attached files, for whoever may view the document. */
	@Override
	public List<FileEntry> getAttachments(long riskDocumentId) throws PortalException {
		_modelResourcePermission.check(getPermissionChecker(), riskDocumentId, RiskProfileActionKeys.VIEW);

		return riskDocumentLocalService.getAttachments(riskDocumentId);
	}

	@Override
	public RiskReviewComment addComment(long riskDocumentId, String section, String comment) throws PortalException {
		_modelResourcePermission.check(getPermissionChecker(), riskDocumentId, RiskProfileActionKeys.REVIEW);

		return riskDocumentLocalService.addComment(getUserId(), riskDocumentId, section, comment);
	}

	@Override
	public RiskDocument addDocument(
			long schoolId, int year, String documentType, String factorCode, LocalDate periodStart,
			LocalDate periodEnd)
		throws PortalException {

		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.UPDATE);

		return riskDocumentLocalService.addDocument(
			getUserId(), schoolId, year, documentType, factorCode, periodStart, periodEnd);
	}

	@Override
	public List<RiskReviewComment> getComments(long riskDocumentId) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getComments(riskDocumentId);
	}

	@Override
	public ProgrammeContent getContent(long riskDocumentId) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getContent(riskDocumentId);
	}

	@Override
	public RiskDocument getDocument(long riskDocumentId) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getRiskDocument(riskDocumentId);
	}

	/** Every document of a site: coordinators only. */
	@Override
	public List<RiskDocument> getGroupDocuments(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, RiskProfileActionKeys.VIEW_SCHOOLS);

		return riskDocumentLocalService.getGroupDocuments(groupId);
	}

	@Override
	public List<RiskMeasure> getMeasures(long riskDocumentId) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getMeasures(riskDocumentId);
	}

	@Override
	public TrackStatus getMonitoringStatus(long riskDocumentId, LocalDate today) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getMonitoringStatus(riskDocumentId, today);
	}

	@Override
	public List<RiskDocument> getSchoolDocuments(long schoolId, int year) throws PortalException {
		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.VIEW);

		return riskDocumentLocalService.getSchoolDocuments(schoolId, year);
	}

	@Override
	public TrackStatus getSchoolMonitoringStatus(long schoolId, int year, LocalDate today) throws PortalException {
		_riskSchoolPermission.check(
			getPermissionChecker(), _schoolLocalService.getSchool(schoolId), RiskProfileActionKeys.VIEW);

		return riskDocumentLocalService.getSchoolMonitoringStatus(schoolId, year, today);
	}

	@Override
	public List<RiskDocumentSnapshot> getSnapshots(long riskDocumentId) throws PortalException {
		_view(riskDocumentId);

		return riskDocumentLocalService.getSnapshots(riskDocumentId);
	}

	/**
	 * A review step: submitting and new versions need the school's team
	 * (UPDATE), returning and approving its curator (REVIEW).
	 */
	@Override
	public RiskDocument review(long riskDocumentId, String action) throws PortalException {
		ReviewAction reviewAction = ReviewAction.parse(action).orElse(null);

		boolean curatorStep = (reviewAction == ReviewAction.RETURN) || (reviewAction == ReviewAction.APPROVE);

		_modelResourcePermission.check(
			getPermissionChecker(), riskDocumentId,
			curatorStep ? RiskProfileActionKeys.REVIEW : RiskProfileActionKeys.UPDATE);

		RiskDocument document = riskDocumentLocalService.getRiskDocument(riskDocumentId);
		School school = _schoolLocalService.getSchool(document.getSchoolId());

		return riskDocumentLocalService.review(
			getUserId(), riskDocumentId, action, _riskSchoolPermission.isSchoolTeam(getUserId(), school));
	}

	@Override
	public RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks, List<MeasureData> measures, String expectedResult)
		throws PortalException {

		_modelResourcePermission.check(getPermissionChecker(), riskDocumentId, RiskProfileActionKeys.UPDATE);

		return riskDocumentLocalService.updateContent(riskDocumentId, goal, tasks, measures, expectedResult);
	}

	@Override
	public RiskMeasure updateMeasureProgress(
			long riskMeasureId, LocalDate doneDate, boolean notDone, Double interimValue, Double finalValue,
			LocalDate today)
		throws PortalException {

		RiskMeasure measure = riskMeasurePersistence.findByPrimaryKey(riskMeasureId);

		_modelResourcePermission.check(
			getPermissionChecker(), measure.getRiskDocumentId(), RiskProfileActionKeys.UPDATE);

		return riskDocumentLocalService.updateMeasureProgress(
			riskMeasureId, doneDate, notDone, interimValue, finalValue, today);
	}

	private void _view(long riskDocumentId) throws PortalException {
		_modelResourcePermission.check(getPermissionChecker(), riskDocumentId, RiskProfileActionKeys.VIEW);
	}

	@Reference(target = "(model.class.name=ru.opora.riskprofile.model.RiskDocument)")
	private ModelResourcePermission<RiskDocument> _modelResourcePermission;

	@Reference(target = "(resource.name=" + RiskProfileConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
