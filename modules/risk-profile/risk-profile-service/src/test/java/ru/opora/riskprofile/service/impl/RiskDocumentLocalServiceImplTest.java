package ru.opora.riskprofile.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.document.library.kernel.service.DLFileEntryLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.Folder;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.domain.validation.Violation;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.internal.notifications.RiskProfileNotifications;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskReviewComment;
import ru.opora.riskprofile.model.impl.RiskDocumentImpl;
import ru.opora.riskprofile.model.impl.RiskDocumentSnapshotImpl;
import ru.opora.riskprofile.model.impl.RiskMeasureImpl;
import ru.opora.riskprofile.model.impl.RiskProfileImpl;
import ru.opora.riskprofile.model.impl.RiskReviewCommentImpl;
import ru.opora.riskprofile.service.RiskProfileLocalService;
import ru.opora.riskprofile.service.persistence.RiskDocumentPersistence;
import ru.opora.riskprofile.service.persistence.RiskDocumentSnapshotPersistence;
import ru.opora.riskprofile.service.persistence.RiskMeasurePersistence;
import ru.opora.riskprofile.service.persistence.RiskReviewCommentPersistence;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** The review workflow of documents, with the persistence kept in memory. */
class RiskDocumentLocalServiceImplTest {

	static final long CURATOR = 700;

	static final long SCHOOL_ID = 31;

	static final long TEAM = 600;

	@BeforeEach
	void setUp() throws Exception {
		when(_counter.increment(anyString())).thenAnswer(invocation -> _ids.incrementAndGet());

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(TEAM);
		when(user.getFullName()).thenReturn("Иванова И. И.");
		when(_userLocalService.getUser(anyLong())).thenReturn(user);

		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(SCHOOL_ID);
		when(school.getGroupId()).thenReturn(20L);
		when(school.getCompanyId()).thenReturn(1L);
		when(school.getName()).thenReturn("МОУ «СОШ п. Знаменский»");
		when(_schoolLocalService.getSchool(SCHOOL_ID)).thenReturn(school);

		Folder folder = mock(Folder.class);

		when(folder.getFolderId()).thenReturn(900L);
		when(_dlAppLocalService.getFolder(anyLong(), anyLong(), anyString())).thenReturn(folder);

		RiskProfile profile = new RiskProfileImpl();

		profile.setPriorities("RF09,RF11");
		when(_riskProfileLocalService.fetchSchoolProfile(SCHOOL_ID, 2024)).thenReturn(profile);
		when(_riskProfileLocalService.getPriorities(profile)).thenReturn(List.of("RF09", "RF11"));
		when(_riskSchoolPermission.getCuratorUserId(SCHOOL_ID)).thenAnswer(invocation -> _curator);

		when(_documentPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				RiskDocument document = new RiskDocumentImpl();

				document.setRiskDocumentId(invocation.getArgument(0));

				return document;
			});
		when(_documentPersistence.update(any())).thenAnswer(
			invocation -> {
				RiskDocument document = invocation.getArgument(0);

				_documents.put(document.getRiskDocumentId(), document);

				return document;
			});
		when(_documentPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _documents.get((Long)invocation.getArgument(0)));
		when(_documentPersistence.findByS_Y(anyLong(), eq(2024))).thenAnswer(
			invocation -> new ArrayList<>(_documents.values()));

		when(_measurePersistence.create(anyLong())).thenAnswer(
			invocation -> {
				RiskMeasure measure = new RiskMeasureImpl();

				measure.setRiskMeasureId(invocation.getArgument(0));

				return measure;
			});
		when(_measurePersistence.update(any())).thenAnswer(
			invocation -> {
				RiskMeasure measure = invocation.getArgument(0);

				_measures.put(measure.getRiskMeasureId(), measure);

				return measure;
			});
		when(_measurePersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _measures.get((Long)invocation.getArgument(0)));
		when(_measurePersistence.findByRiskDocumentId(anyLong())).thenAnswer(
			invocation -> _measures.values().stream().filter(
				measure -> measure.getRiskDocumentId() == (Long)invocation.getArgument(0)).collect(Collectors.toList()));
		doAnswer(
			invocation -> {
				_measures.values().removeIf(measure -> measure.getRiskDocumentId() == (Long)invocation.getArgument(0));

				return null;
			}).when(_measurePersistence).removeByRiskDocumentId(anyLong());

		when(_commentPersistence.create(anyLong())).thenAnswer(invocation -> new RiskReviewCommentImpl());
		when(_commentPersistence.update(any())).thenAnswer(
			invocation -> {
				_comments.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});
		when(_commentPersistence.findByRiskDocumentId(anyLong())).thenAnswer(invocation -> new ArrayList<>(_comments));

		when(_snapshotPersistence.create(anyLong())).thenAnswer(invocation -> new RiskDocumentSnapshotImpl());
		when(_snapshotPersistence.update(any())).thenAnswer(
			invocation -> {
				_snapshots.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});

		Fields.set(_service, "counterLocalService", _counter);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "riskDocumentPersistence", _documentPersistence);
		Fields.set(_service, "riskMeasurePersistence", _measurePersistence);
		Fields.set(_service, "riskReviewCommentPersistence", _commentPersistence);
		Fields.set(_service, "riskDocumentSnapshotPersistence", _snapshotPersistence);
		Fields.set(_service, "_dlAppLocalService", _dlAppLocalService);
		Fields.set(_service, "_riskProfileLocalService", _riskProfileLocalService);
		Fields.set(_service, "_riskProfileNotifications", _notifications);
		Fields.set(_service, "_riskSchoolPermission", _riskSchoolPermission);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);
	}

	@Test
	void draftSubmitReturnResubmitApproveAndNewVersion() throws Exception {
		RiskDocument document = _programme();

		assertEquals("DRAFT", document.getStatus());
		assertEquals(900, document.getFolderId());

		_fill(document, "Повысить вовлечённость родителей");

		document = _service.review(TEAM, document.getRiskDocumentId(), "SUBMIT", true);

		assertEquals("SUBMITTED", document.getStatus());
		assertEquals(1, document.getRound());
		assertEquals(1, _snapshots.size());
		assertTrue(_snapshots.get(0).getContent().contains("Повысить вовлечённость родителей"));
		verify(_notifications).documentStep(document, ReviewAction.SUBMIT, TEAM, "Иванова И. И.");

		long id = document.getRiskDocumentId();

		// no edit while under review
		_assertCodes(List.of("risk-review-not-editable"), () -> _fill(_documents.get(id), "другая цель"));
		// a return needs a comment of the round
		_assertCodes(List.of("risk-review-return-without-comment"), () -> _service.review(CURATOR, id, "RETURN", false));

		_service.addComment(CURATOR, id, "MEASURES", "Сроки мероприятий нереалистичны");

		assertEquals("RETURNED", _service.review(CURATOR, id, "RETURN", false).getStatus());

		_fill(_documents.get(id), "Повысить вовлечённость родителей до 60%");

		document = _service.review(TEAM, id, "SUBMIT", true);

		assertEquals(2, document.getRound());
		assertEquals(2, _snapshots.size());
		assertEquals(1, _snapshots.get(0).getRound());
		assertTrue(_snapshots.get(1).getContent().contains("до 60%"));

		// only the school's curator approves
		_assertCodes(List.of("risk-review-curator-only"), () -> _service.review(999, id, "APPROVE", false));

		assertEquals("APPROVED", _service.review(CURATOR, id, "APPROVE", false).getStatus());

		// no edit after approval without a new version
		_assertCodes(List.of("risk-review-not-editable"), () -> _fill(_documents.get(id), "после согласования"));

		RiskDocument next = _service.review(TEAM, id, "NEW_VERSION", true);

		assertEquals(2, next.getVersion());
		assertEquals("DRAFT", next.getStatus());
		assertEquals("APPROVED", _documents.get(id).getStatus());
		assertEquals(2, _service.getMeasures(next.getRiskDocumentId()).size());
		assertEquals(
			_service.getContent(id).encode(), _service.getContent(next.getRiskDocumentId()).encode());

		// one open version at a time
		_assertCodes(List.of("risk-review-open-version-exists"), () -> _service.review(TEAM, id, "NEW_VERSION", true));
	}

	@Test
	void filesAreAttachedInTheSchoolsYearFolderUnderAFreeNameAndOnlyTheirsAreServed() throws Exception {
		RiskDocument programme = _programme();

		assertEquals(900L, programme.getFolderId());

		RiskProfileValidationException empty = assertThrows(
			RiskProfileValidationException.class,
			() -> _service.addAttachment(TEAM, programme.getRiskDocumentId(), "scan.pdf", "application/pdf", new byte[0]));

		assertEquals("file", empty.getViolations().get(0).field());

		RiskProfileValidationException tooLarge = assertThrows(
			RiskProfileValidationException.class,
			() -> _service.addAttachment(
				TEAM, programme.getRiskDocumentId(), "scan.pdf", "application/pdf",
				new byte[(int)RiskDocumentLocalServiceImpl.MAX_ATTACHMENT_SIZE + 1]));

		assertEquals("file-too-large", tooLarge.getViolations().get(0).code());

		// "scan.pdf" is taken in the folder, "scan (2).pdf" is free

		when(_dlAppLocalService.getFileEntry(20L, 900L, "scan.pdf")).thenReturn(mock(FileEntry.class));
		when(
			_dlAppLocalService.getFileEntry(20L, 900L, "scan (2).pdf")
		).thenThrow(
			new NoSuchFileEntryException()
		);

		byte[] bytes = {1, 2, 3};

		_service.addAttachment(TEAM, programme.getRiskDocumentId(), "scan.pdf", "application/pdf", bytes);

		verify(_dlAppLocalService).addFileEntry(
			eq(null), eq(TEAM), eq(20L), eq(900L), eq("scan (2).pdf"), eq("application/pdf"), eq("scan (2).pdf"),
			eq(null), eq(""), eq(""), eq(bytes), eq(null), eq(null), any(ServiceContext.class));

		FileEntry own = mock(FileEntry.class);
		FileEntry elsewhere = mock(FileEntry.class);

		when(own.getFolderId()).thenReturn(900L);
		when(elsewhere.getFolderId()).thenReturn(901L);
		when(_dlAppLocalService.getFileEntry(5L)).thenReturn(own);
		when(_dlAppLocalService.getFileEntry(6L)).thenReturn(elsewhere);

		assertEquals(own, _service.getAttachment(programme.getRiskDocumentId(), 5L));

		DLFileEntryLocalService dlFileEntryLocalService = mock(DLFileEntryLocalService.class);
		DLFileEntry dlFileEntry = mock(DLFileEntry.class);

		when(dlFileEntry.getFileEntryId()).thenReturn(5L);
		when(dlFileEntryLocalService.getFileEntries(20L, 900L)).thenReturn(List.of(dlFileEntry));
		Fields.set(_service, "_dlFileEntryLocalService", dlFileEntryLocalService);

		programme.setGroupId(20L);

		assertEquals(List.of(own), _service.getAttachments(programme.getRiskDocumentId()));
		assertThrows(NoSuchFileEntryException.class, () -> _service.getAttachment(programme.getRiskDocumentId(), 6L));
	}

	@Test
	void noSubmissionWithoutACuratorAndNoApprovalWithoutOne() throws Exception {
		_curator = 0;

		RiskDocument document = _programme();

		_fill(document, "Цель");

		_assertCodes(List.of("risk-review-no-curator"), () -> _service.review(TEAM, document.getRiskDocumentId(), "SUBMIT", true));
		assertEquals("DRAFT", _documents.get(document.getRiskDocumentId()).getStatus());
		assertTrue(_snapshots.isEmpty());
		verify(_notifications, never()).documentStep(any(), any(), anyLong(), anyString());

		document.setStatus("SUBMITTED");

		_assertCodes(
			List.of("risk-review-no-curator"), () -> _service.review(CURATOR, document.getRiskDocumentId(), "APPROVE", false));
	}

	@Test
	void incompleteContentIsNotSubmittedAndNamesEveryGap() throws Exception {
		RiskDocument document = _programme();

		_service.updateContent(
			document.getRiskDocumentId(), "", List.of("Задача"),
			List.of(new MeasureData("Клуб", 0, null, "", "Доля", null, 60.0, "")), "");

		RiskProfileValidationException exception = assertThrows(
			RiskProfileValidationException.class,
			() -> _service.review(TEAM, document.getRiskDocumentId(), "SUBMIT", true));

		assertEquals(
			List.of(
				"goal", "measure.1.deadline", "measure.1.responsible", "measure.1.expectedResult", "expectedResult"),
			exception.getViolations().stream().map(Violation::field).collect(Collectors.toList()));
		assertEquals("DRAFT", _documents.get(document.getRiskDocumentId()).getStatus());
		assertTrue(_snapshots.isEmpty());
	}

	@Test
	void antiRiskProgrammeOnlyForAPriorityFactorAndOncePerYear() throws Exception {
		_assertCodes(
			List.of("risk-document-factor-not-priority"),
			() -> _service.addDocument(
				TEAM, SCHOOL_ID, 2024, "ANTI_RISK_PROGRAMME", "RF01", LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31)));

		_programme();

		_assertCodes(List.of("risk-document-exists"), this::_programme);

		RiskDocument concept = _service.addDocument(
			TEAM, SCHOOL_ID, 2024, "CONCEPT", "RF09", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

		assertEquals("", concept.getFactorCode());
	}

	@Test
	void monitoringOfAnApprovedProgramme() throws Exception {
		RiskDocument document = _programme();

		_fill(document, "Цель");

		List<RiskMeasure> measures = _service.getMeasures(document.getRiskDocumentId());
		LocalDate today = LocalDate.of(2024, 10, 15);

		_assertCodes(
			List.of("risk-monitoring-not-approved"),
			() -> _service.updateMeasureProgress(measures.get(0).getRiskMeasureId(), today, false, null, null, today));

		document.setStatus("APPROVED");

		assertEquals(TrackStatus.OFF_TRACK, _service.getMonitoringStatus(document.getRiskDocumentId(), today));

		_service.updateMeasureProgress(
			measures.get(0).getRiskMeasureId(), LocalDate.of(2024, 9, 20), false, 50.0, null, today);

		// the first measure done on time, its indicator 35 -> 50 of 60 at the interim point; the second not due yet
		assertEquals(TrackStatus.ON_TRACK, _service.getMonitoringStatus(document.getRiskDocumentId(), today));
		assertEquals(TrackStatus.ON_TRACK, _service.getSchoolMonitoringStatus(SCHOOL_ID, 2024, today));

		_assertCodes(
			List.of("risk-monitoring-done-and-not-done", "risk-monitoring-done-in-future"),
			() -> _service.updateMeasureProgress(
				measures.get(1).getRiskMeasureId(), today.plusDays(1), true, null, null, today));
	}

	private void _assertCodes(List<String> codes, Executable executable) {
		RiskProfileValidationException exception = assertThrows(
			RiskProfileValidationException.class, executable::execute);

		assertEquals(codes, exception.getViolations().stream().map(Violation::code).collect(Collectors.toList()));
	}

	private void _fill(RiskDocument document, String goal) throws Exception {
		_service.updateContent(
			document.getRiskDocumentId(), goal, List.of("Наладить общение", "Привлечь к событиям"),
			List.of(
				new MeasureData(
					"Родительский клуб", 0, LocalDate.of(2024, 9, 30), "Зам. директора по ВР", "Доля родителей, %", 35.0,
					60.0, "Клуб работает"),
				new MeasureData(
					"День открытых дверей", 1, LocalDate.of(2025, 4, 15), "Директор", "Число родителей", null, 80.0,
					"Проведён")),
			"Доля родителей не ниже 60%");
	}

	private RiskDocument _programme() throws Exception {
		return _service.addDocument(
			TEAM, SCHOOL_ID, 2024, "ANTI_RISK_PROGRAMME", "RF09", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
	}

	private final List<RiskReviewComment> _comments = new ArrayList<>();
	private final RiskReviewCommentPersistence _commentPersistence = mock(RiskReviewCommentPersistence.class);
	private final CounterLocalService _counter = mock(CounterLocalService.class);
	private long _curator = CURATOR;
	private final DLAppLocalService _dlAppLocalService = mock(DLAppLocalService.class);
	private final RiskDocumentPersistence _documentPersistence = mock(RiskDocumentPersistence.class);
	private final Map<Long, RiskDocument> _documents = new LinkedHashMap<>();
	private final AtomicLong _ids = new AtomicLong(100);
	private final RiskMeasurePersistence _measurePersistence = mock(RiskMeasurePersistence.class);
	private final Map<Long, RiskMeasure> _measures = new LinkedHashMap<>();
	private final RiskProfileNotifications _notifications = mock(RiskProfileNotifications.class);
	private final RiskProfileLocalService _riskProfileLocalService = mock(RiskProfileLocalService.class);
	private final RiskSchoolPermission _riskSchoolPermission = mock(RiskSchoolPermission.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final RiskDocumentLocalServiceImpl _service = new RiskDocumentLocalServiceImpl();
	private final RiskDocumentSnapshotPersistence _snapshotPersistence = mock(RiskDocumentSnapshotPersistence.class);
	private final List<RiskDocumentSnapshot> _snapshots = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

	private interface Executable {

		void execute() throws Exception;

	}

}
