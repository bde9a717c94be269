/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.exception.NoSuchFolderException;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.model.DLFolderConstants;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.Folder;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.monitoring.MeasureStatus;
import ru.opora.domain.risk.monitoring.MeasurementPoint;
import ru.opora.domain.risk.monitoring.MonitoringRules;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.domain.risk.review.DocumentSection;
import ru.opora.domain.risk.review.DocumentType;
import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.domain.risk.review.ReviewStatus;
import ru.opora.domain.risk.review.ReviewWorkflow;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.internal.notifications.RiskProfileNotifications;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.internal.util.RiskValidation;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskReviewComment;
import ru.opora.riskprofile.service.RiskProfileLocalService;
import ru.opora.riskprofile.service.base.RiskDocumentLocalServiceBaseImpl;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * A school's documents for a year (development concept, medium-term
 * programme, one anti-risk programme per priority factor) as structured data,
 * each version reviewed by the school's curator through the domain's state
 * machine ({@link ReviewWorkflow}): a frozen copy at each submission, comments
 * per section kept by round, no change after approval except in a new
 * version; then the monitoring of the approved programmes' measures and
 * indicators.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.riskprofile.model.RiskDocument",
	service = AopService.class
)
public class RiskDocumentLocalServiceImpl extends RiskDocumentLocalServiceBaseImpl {

	public static final String FOLDER_ROOT = "Профиль рисков";

	@Override
	public RiskReviewComment addComment(long userId, long riskDocumentId, String section, String comment)
		throws PortalException {

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(riskDocumentId);

		Violations violations = new Violations();

		violations.require(
			ReviewStatus.SUBMITTED.name().equals(document.getStatus()), "status", "risk-review-comment-not-submitted");
		violations.require(DocumentSection.parse(section).isPresent(), "section", "risk-section-unknown");
		violations.requireText(comment, 4000, "comment");
		RiskValidation.throwIfAny(violations);

		User user = userLocalService.getUser(userId);

		RiskReviewComment reviewComment = riskReviewCommentPersistence.create(
			counterLocalService.increment(RiskReviewComment.class.getName()));

		reviewComment.setGroupId(document.getGroupId());
		reviewComment.setCompanyId(document.getCompanyId());
		reviewComment.setUserId(user.getUserId());
		reviewComment.setUserName(user.getFullName());
		reviewComment.setCreateDate(new Date());
		reviewComment.setRiskDocumentId(riskDocumentId);
		reviewComment.setRound(document.getRound());
		reviewComment.setSection(DocumentSection.parse(section).get().name());
		reviewComment.setComment(comment.trim());

		return riskReviewCommentPersistence.update(reviewComment);
	}

	/**
	 * Starts a document of a school for a year as a first draft, with its
	 * Documents and Media folder. An anti-risk programme needs a factor chosen
	 * as a priority in the year's profile; one document of a kind (per factor)
	 * per year.
	 */
	@Override
	public RiskDocument addDocument(
			long userId, long schoolId, int year, String documentType, String factorCode, LocalDate periodStart,
			LocalDate periodEnd)
		throws PortalException {

		School school = _schoolLocalService.getSchool(schoolId);
		DocumentType type = DocumentType.parse(documentType).orElse(null);

		Violations violations = new Violations();

		violations.require(type != null, "documentType", "required");
		violations.require(periodStart != null, "periodStart", "required");
		violations.require(periodEnd != null, "periodEnd", "required");
		violations.require(
			(periodStart == null) || (periodEnd == null) || periodStart.isBefore(periodEnd), "periodEnd",
			"risk-period-invalid");

		if ((type != null) && type.isPerFactor()) {
			RiskProfile profile = _riskProfileLocalService.fetchSchoolProfile(schoolId, year);

			violations.require(
				(profile != null) && _riskProfileLocalService.getPriorities(profile).contains(factorCode),
				"factorCode", "risk-document-factor-not-priority", String.valueOf(factorCode));
		}
		else {
			factorCode = "";
		}

		if (type != null) {
			for (RiskDocument existing : riskDocumentPersistence.findByS_Y(schoolId, year)) {
				violations.require(
					!(existing.getDocumentType().equals(type.name()) && existing.getFactorCode().equals(factorCode)),
					"documentType", "risk-document-exists");
			}
		}

		RiskValidation.throwIfAny(violations);

		User user = userLocalService.getUser(userId);

		RiskDocument document = riskDocumentPersistence.create(
			counterLocalService.increment(RiskDocument.class.getName()));

		Date now = new Date();

		document.setGroupId(school.getGroupId());
		document.setCompanyId(school.getCompanyId());
		document.setUserId(user.getUserId());
		document.setUserName(user.getFullName());
		document.setCreateDate(now);
		document.setModifiedDate(now);
		document.setSchoolId(schoolId);
		document.setYear(year);
		document.setDocumentType(type.name());
		document.setFactorCode(factorCode);
		document.setVersion(1);
		document.setStatus(ReviewStatus.DRAFT.name());
		document.setRound(0);
		document.setPeriodStart(MentoringDates.toDate(periodStart));
		document.setPeriodEnd(MentoringDates.toDate(periodEnd));
		document.setGoal("");
		document.setTasks("");
		document.setExpectedResult("");
		document.setFolderId(_getFolderId(userId, school, year));
		document.setStatusUserId(userId);
		document.setStatusDate(now);

		return riskDocumentPersistence.update(document);
	}

	@Override
	public List<RiskReviewComment> getComments(long riskDocumentId) {
		return riskReviewCommentPersistence.findByRiskDocumentId(riskDocumentId);
	}

	/** The structured content of a version. */
	@Override
	public ProgrammeContent getContent(long riskDocumentId) throws PortalException {
		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(riskDocumentId);

		List<MeasureData> measures = new ArrayList<>();

		for (RiskMeasure measure : riskMeasurePersistence.findByRiskDocumentId(riskDocumentId)) {
			measures.add(
				new MeasureData(
					measure.getTitle(), measure.getTaskIndex(), MentoringDates.toLocalDate(measure.getDeadline()),
					measure.getResponsible(), measure.getIndicator(), _number(measure.getBaseline()),
					measure.getTarget(), measure.getExpectedResult()));
		}

		return new ProgrammeContent(
			document.getGoal(), _tasks(document.getTasks()), measures, document.getExpectedResult());
	}

	/**
	 * The Documents and Media folder of a school's year («Профиль рисков /
	 * school / year» in the school's site), created when first needed
	 * without guest or site-member permissions: the school's documents are
	 * not public.
	 */
	private String _freeTitle(long groupId, long folderId, String fileName) {
		String title = fileName;
		String base = fileName;
		String extension = "";
		int dot = fileName.lastIndexOf('.');

		if (dot > 0) {
			base = fileName.substring(0, dot);
			extension = fileName.substring(dot);
		}

		for (int number = 2; _hasFile(groupId, folderId, title); number++) {
			title = base + " (" + number + ")" + extension;
		}

		return title;
	}

	private boolean _hasFile(long groupId, long folderId, String title) {
		try {
			_dlAppLocalService.getFileEntry(groupId, folderId, title);

			return true;
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	private long _getFolderId(long userId, School school, int year) throws PortalException {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(false);
		serviceContext.setAddGuestPermissions(false);
		serviceContext.setScopeGroupId(school.getGroupId());
		serviceContext.setUserId(userId);

		long folderId = DLFolderConstants.DEFAULT_PARENT_FOLDER_ID;

		for (String name :
				new String[] {
					FOLDER_ROOT, StringUtil.shorten(school.getName(), 80) + " (" + school.getSchoolId() + ")",
					String.valueOf(year)
				}) {

			Folder folder;

			try {
				folder = _dlAppLocalService.getFolder(school.getGroupId(), folderId, name);
			}
			catch (NoSuchFolderException noSuchFolderException) {
				folder = _dlAppLocalService.addFolder(
					null, userId, school.getGroupId(), folderId, name, "", serviceContext);
			}

			folderId = folder.getFolderId();
		}

		return folderId;
	}

	/** Largest attached file, in bytes (20 MB). */
	public static final long MAX_ATTACHMENT_SIZE = 20L * 1024 * 1024;

	/**
	 * Stores a file in the document's folder (the school's year in Documents
	 * and Media, no guest or site-member permissions); a name already there
	 * gets a number.
	 *
	 * @throws RiskProfileValidationException naming the field {@code file}
	 */
	@Override
	public FileEntry addAttachment(
			long userId, long riskDocumentId, String fileName, String mimeType,
			byte[] bytes)
		throws PortalException {

		Violations violations = new Violations();

		if ((fileName == null) || fileName.trim().isEmpty() || (bytes == null) ||
			(bytes.length == 0)) {

			violations.add("file", "required");
		}
		else if (bytes.length > MAX_ATTACHMENT_SIZE) {
			violations.add("file", "file-too-large", MAX_ATTACHMENT_SIZE / (1024 * 1024));
		}

		if (!violations.isEmpty()) {
			throw new RiskProfileValidationException(violations.list());
		}

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(
			riskDocumentId);

		School school = _schoolLocalService.getSchool(document.getSchoolId());

		long folderId = document.getFolderId();

		if (folderId <= 0) {
			folderId = _getFolderId(userId, school, document.getYear());

			document.setFolderId(folderId);

			riskDocumentPersistence.update(document);
		}

		String title = _freeTitle(school.getGroupId(), folderId, fileName.trim());

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(false);
		serviceContext.setAddGuestPermissions(false);
		serviceContext.setScopeGroupId(school.getGroupId());
		serviceContext.setUserId(userId);

		return _dlAppLocalService.addFileEntry(
			null, userId, school.getGroupId(), folderId, title,
			(mimeType == null) ? "application/octet-stream" : mimeType, title,
			null, "", "", bytes, null, null, serviceContext);
	}

	/** A file of the document's folder; another file is not found. */
	@Override
	public FileEntry getAttachment(long riskDocumentId, long fileEntryId)
		throws PortalException {

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(
			riskDocumentId);

		FileEntry fileEntry = _dlAppLocalService.getFileEntry(fileEntryId);

		if ((document.getFolderId() <= 0) ||
			(fileEntry.getFolderId() != document.getFolderId())) {

			throw new NoSuchFileEntryException(
				"File entry " + fileEntryId + " is not attached to risk document " +
					riskDocumentId);
		}

		return fileEntry;
	}

	/** The files of the document's folder (its school's year), newest last. */
	@Override
	public List<FileEntry> getAttachments(long riskDocumentId)
		throws PortalException {

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(
			riskDocumentId);

		if (document.getFolderId() <= 0) {
			return new ArrayList<>();
		}

		List<FileEntry> fileEntries = new ArrayList<>();

		for (DLFileEntry dlFileEntry :
				_dlFileEntryLocalService.getFileEntries(
					document.getGroupId(), document.getFolderId())) {

			fileEntries.add(
				_dlAppLocalService.getFileEntry(dlFileEntry.getFileEntryId()));
		}

		return fileEntries;
	}

	@Override
	public List<RiskDocument> getGroupDocuments(long groupId) {
		return riskDocumentPersistence.findByGroupId(groupId);
	}

	@Override
	public List<RiskMeasure> getMeasures(long riskDocumentId) {
		return riskMeasurePersistence.findByRiskDocumentId(riskDocumentId);
	}

	/**
	 * Where an approved programme stands on a day: its measures (on time,
	 * late, not done, overdue) and indicators (the final measurement if any,
	 * else the interim one) by the domain's monitoring rules.
	 */
	@Override
	public TrackStatus getMonitoringStatus(long riskDocumentId, LocalDate today) {
		List<MeasureStatus> measureStatuses = new ArrayList<>();
		List<TrackStatus> indicatorStatuses = new ArrayList<>();

		for (RiskMeasure measure : riskMeasurePersistence.findByRiskDocumentId(riskDocumentId)) {
			measureStatuses.add(getMeasureStatus(measure, today));

			Double finalValue = _number(measure.getFinalValue());
			Double interimValue = _number(measure.getInterimValue());

			if (finalValue != null) {
				indicatorStatuses.add(
					MonitoringRules.indicatorStatus(
						MeasurementPoint.FINAL, _number(measure.getBaseline()), measure.getTarget(), finalValue));
			}
			else if (interimValue != null) {
				indicatorStatuses.add(
					MonitoringRules.indicatorStatus(
						MeasurementPoint.INTERIM, _number(measure.getBaseline()), measure.getTarget(), interimValue));
			}
		}

		return MonitoringRules.programmeStatus(measureStatuses, indicatorStatuses);
	}

	@Override
	public MeasureStatus getMeasureStatus(RiskMeasure measure, LocalDate today) {
		return MeasureStatus.of(
			MentoringDates.toLocalDate(measure.getDeadline()), MentoringDates.toLocalDate(measure.getDoneDate()),
			measure.isNotDone(), today);
	}

	@Override
	public List<RiskDocument> getSchoolDocuments(long schoolId, int year) {
		return riskDocumentPersistence.findByS_Y(schoolId, year);
	}

	/**
	 * A school's monitoring status for a year: the worst status of its
	 * approved anti-risk programmes (the latest approved version of each).
	 */
	@Override
	public TrackStatus getSchoolMonitoringStatus(long schoolId, int year, LocalDate today) {
		List<TrackStatus> statuses = new ArrayList<>();

		for (RiskDocument document : riskDocumentPersistence.findByS_Y(schoolId, year)) {
			if (DocumentType.ANTI_RISK_PROGRAMME.name().equals(document.getDocumentType()) &&
				ReviewStatus.APPROVED.name().equals(document.getStatus()) && _isLatestApproved(document)) {

				statuses.add(getMonitoringStatus(document.getRiskDocumentId(), today));
			}
		}

		return MonitoringRules.schoolStatus(statuses);
	}

	@Override
	public List<RiskDocumentSnapshot> getSnapshots(long riskDocumentId) {
		return riskDocumentSnapshotPersistence.findByRiskDocumentId(riskDocumentId);
	}

	/**
	 * One review step by the domain's state machine. SUBMIT needs complete
	 * content and keeps a frozen copy; RETURN needs a comment of the round;
	 * APPROVE and RETURN only by the school's curator; NEW_VERSION copies an
	 * approved version into a new draft (returned) and leaves the approved
	 * one as it is.
	 *
	 * @param schoolTeam whether the user is on the school's team
	 */
	@Override
	public RiskDocument review(long userId, long riskDocumentId, String action, boolean schoolTeam)
		throws PortalException {

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(riskDocumentId);
		ReviewAction reviewAction = ReviewAction.parse(action).orElse(null);
		ReviewStatus status = ReviewStatus.valueOf(document.getStatus());

		int roundComments = 0;

		for (RiskReviewComment comment : riskReviewCommentPersistence.findByRiskDocumentId(riskDocumentId)) {
			if (comment.getRound() == document.getRound()) {
				roundComments++;
			}
		}

		RiskValidation.throwIfAny(
			ReviewWorkflow.check(
				status, reviewAction, userId, _riskSchoolPermission.getCuratorUserId(document.getSchoolId()),
				schoolTeam, roundComments));

		User user = userLocalService.getUser(userId);
		Date now = new Date();

		if (reviewAction == ReviewAction.NEW_VERSION) {
			return _newVersion(user, document);
		}

		if (reviewAction == ReviewAction.SUBMIT) {
			ProgrammeContent content = getContent(riskDocumentId);

			RiskValidation.throwIfAny(
				content.validate(
					MentoringDates.toLocalDate(document.getPeriodStart()),
					MentoringDates.toLocalDate(document.getPeriodEnd())));

			document.setRound(document.getRound() + 1);

			RiskDocumentSnapshot snapshot = riskDocumentSnapshotPersistence.create(
				counterLocalService.increment(RiskDocumentSnapshot.class.getName()));

			snapshot.setGroupId(document.getGroupId());
			snapshot.setCompanyId(document.getCompanyId());
			snapshot.setUserId(userId);
			snapshot.setCreateDate(now);
			snapshot.setRiskDocumentId(riskDocumentId);
			snapshot.setRound(document.getRound());
			snapshot.setContent(content.encode());

			riskDocumentSnapshotPersistence.update(snapshot);
		}

		document.setStatus(ReviewWorkflow.to(reviewAction).name());
		document.setStatusUserId(userId);
		document.setStatusDate(now);
		document.setModifiedDate(now);

		document = riskDocumentPersistence.update(document);

		_riskProfileNotifications.documentStep(document, reviewAction, userId, user.getFullName());

		return document;
	}

	/**
	 * Replaces the content of a draft or returned version. Drafts may be
	 * incomplete (completeness is checked at submission) but never too long or
	 * pointing to a missing task.
	 */
	@Override
	public RiskDocument updateContent(
			long riskDocumentId, String goal, List<String> tasks, List<MeasureData> measures, String expectedResult)
		throws PortalException {

		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(riskDocumentId);

		RiskValidation.throwIfAny(ReviewWorkflow.checkEdit(ReviewStatus.valueOf(document.getStatus())));

		ProgrammeContent content = new ProgrammeContent(goal, tasks, measures, expectedResult);
		Violations violations = new Violations();

		for (Violation violation :
				content.validate(
					MentoringDates.toLocalDate(document.getPeriodStart()),
					MentoringDates.toLocalDate(document.getPeriodEnd())).list()) {

			if (_DRAFT_CODES.contains(violation.code())) {
				violations.add(violation.field(), violation.code(), violation.arguments().toArray());
			}
		}

		RiskValidation.throwIfAny(violations);

		document.setGoal(StringUtil.trim(goal));
		document.setTasks(StringUtil.merge(tasks, "\n"));
		document.setExpectedResult(StringUtil.trim(expectedResult));
		document.setModifiedDate(new Date());

		riskMeasurePersistence.removeByRiskDocumentId(riskDocumentId);

		for (int i = 0; i < measures.size(); i++) {
			_addMeasure(document, i, measures.get(i));
		}

		return riskDocumentPersistence.update(document);
	}

	/**
	 * Records the monitoring of a measure of an approved programme: done
	 * (with the day) or declared not done, and the indicator measured at the
	 * interim and final points.
	 */
	@Override
	public RiskMeasure updateMeasureProgress(
			long riskMeasureId, LocalDate doneDate, boolean notDone, Double interimValue, Double finalValue,
			LocalDate today)
		throws PortalException {

		RiskMeasure measure = riskMeasurePersistence.findByPrimaryKey(riskMeasureId);
		RiskDocument document = riskDocumentPersistence.findByPrimaryKey(measure.getRiskDocumentId());

		Violations violations = new Violations();

		violations.require(
			ReviewStatus.APPROVED.name().equals(document.getStatus()), "status", "risk-monitoring-not-approved");
		violations.require((doneDate == null) || !notDone, "notDone", "risk-monitoring-done-and-not-done");
		violations.require((doneDate == null) || !doneDate.isAfter(today), "doneDate", "risk-monitoring-done-in-future");
		RiskValidation.throwIfAny(violations);

		measure.setDoneDate(MentoringDates.toDate(doneDate));
		measure.setNotDone(notDone);
		measure.setInterimValue(_text(interimValue));
		measure.setFinalValue(_text(finalValue));

		return riskMeasurePersistence.update(measure);
	}

	private RiskMeasure _addMeasure(RiskDocument document, int position, MeasureData data) {
		RiskMeasure measure = riskMeasurePersistence.create(counterLocalService.increment(RiskMeasure.class.getName()));

		measure.setGroupId(document.getGroupId());
		measure.setCompanyId(document.getCompanyId());
		measure.setRiskDocumentId(document.getRiskDocumentId());
		measure.setPosition(position);
		measure.setTitle(StringUtil.trim(data.title()));
		measure.setTaskIndex(data.taskIndex());
		measure.setDeadline(MentoringDates.toDate(data.deadline()));
		measure.setResponsible(StringUtil.trim(data.responsible()));
		measure.setIndicator(StringUtil.trim(data.indicator()));
		measure.setBaseline(_text(data.baseline()));
		measure.setTarget((data.target() == null) ? 0 : data.target());
		measure.setExpectedResult(StringUtil.trim(data.expectedResult()));
		measure.setInterimValue("");
		measure.setFinalValue("");

		return riskMeasurePersistence.update(measure);
	}

	private boolean _isLatestApproved(RiskDocument document) {
		for (RiskDocument other : riskDocumentPersistence.findByS_Y(document.getSchoolId(), document.getYear())) {
			if (other.getDocumentType().equals(document.getDocumentType()) &&
				other.getFactorCode().equals(document.getFactorCode()) &&
				ReviewStatus.APPROVED.name().equals(other.getStatus()) &&
				(other.getVersion() > document.getVersion())) {

				return false;
			}
		}

		return true;
	}

	private RiskDocument _newVersion(User user, RiskDocument approved) throws PortalException {
		int version = approved.getVersion();

		for (RiskDocument other : riskDocumentPersistence.findByS_Y(approved.getSchoolId(), approved.getYear())) {
			if (other.getDocumentType().equals(approved.getDocumentType()) &&
				other.getFactorCode().equals(approved.getFactorCode())) {

				if (ReviewStatus.valueOf(other.getStatus()) != ReviewStatus.APPROVED) {
					throw RiskValidation.exception("version", "risk-review-open-version-exists", other.getVersion());
				}

				version = Math.max(version, other.getVersion());
			}
		}

		RiskDocument document = riskDocumentPersistence.create(
			counterLocalService.increment(RiskDocument.class.getName()));

		Date now = new Date();

		document.setGroupId(approved.getGroupId());
		document.setCompanyId(approved.getCompanyId());
		document.setUserId(user.getUserId());
		document.setUserName(user.getFullName());
		document.setCreateDate(now);
		document.setModifiedDate(now);
		document.setSchoolId(approved.getSchoolId());
		document.setYear(approved.getYear());
		document.setDocumentType(approved.getDocumentType());
		document.setFactorCode(approved.getFactorCode());
		document.setVersion(version + 1);
		document.setStatus(ReviewStatus.DRAFT.name());
		document.setRound(0);
		document.setPeriodStart(approved.getPeriodStart());
		document.setPeriodEnd(approved.getPeriodEnd());
		document.setGoal(approved.getGoal());
		document.setTasks(approved.getTasks());
		document.setExpectedResult(approved.getExpectedResult());
		document.setFolderId(approved.getFolderId());
		document.setStatusUserId(user.getUserId());
		document.setStatusDate(now);

		document = riskDocumentPersistence.update(document);

		List<MeasureData> measures = getContent(approved.getRiskDocumentId()).measures();

		for (int i = 0; i < measures.size(); i++) {
			_addMeasure(document, i, measures.get(i));
		}

		return document;
	}

	private static Double _number(String text) {
		if (Validator.isNull(text)) {
			return null;
		}

		return Double.valueOf(text);
	}

	private static List<String> _tasks(String text) {
		List<String> tasks = new ArrayList<>();

		if (Validator.isNotNull(text)) {
			for (String task : text.split("\n")) {
				tasks.add(task);
			}
		}

		return tasks;
	}

	private static String _text(Double number) {
		return (number == null) ? "" : String.valueOf(number);
	}

	private static final java.util.Set<String> _DRAFT_CODES = java.util.Set.of(
		"too-long", "risk-too-many", "risk-measure-task-unknown");

	@Reference
	private DLAppLocalService _dlAppLocalService;

	@Reference
	private DLFileEntryLocalService _dlFileEntryLocalService;

	@Reference
	private RiskProfileLocalService _riskProfileLocalService;

	@Reference
	private RiskProfileNotifications _riskProfileNotifications;

	@Reference
	private RiskSchoolPermission _riskSchoolPermission;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
