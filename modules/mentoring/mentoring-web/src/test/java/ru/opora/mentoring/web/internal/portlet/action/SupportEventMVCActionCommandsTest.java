package ru.opora.mentoring.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.SupportEventType;
import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.testing.portlet.PortletRequests;

/** Plan, change, report and delete support events. */
class SupportEventMVCActionCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		ActionCommandTestSupport.inject(_edit, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_edit, "_supportEventService", _service);
		ActionCommandTestSupport.inject(_report, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_report, "_supportEventService", _service);
		ActionCommandTestSupport.inject(_delete, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_delete, "_supportEventService", _service);

		SupportEvent supportEvent = mock(SupportEvent.class);

		when(supportEvent.getReportFolderId()).thenReturn(777L);
		when(_service.getSupportEvent(5)).thenReturn(supportEvent);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void plansAnEventOfTheAssignment() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "eventType", "field-visit", "title", " Методический десант ",
			"plannedDate", "2025-10-15", "participants", "Учителя математики", "expectedResult", "План уроков",
			"redirect", "/card");

		_edit.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).addSupportEvent(
			42,
			new SupportEventData(
				SupportEventType.FIELD_VISIT, "Методический десант", LocalDate.of(2025, 10, 15),
				"Учителя математики", "План уроков"),
			_support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_SUPPORT_EVENT_SAVED, "/card");
	}

	@Test
	void changesAPlannedEvent() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "mentorAssignmentId", "42", "eventType", "seminar", "title", "Семинар",
			"plannedDate", "2025-11-01", "redirect", "/card");

		_edit.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).updateSupportEvent(
			5, new SupportEventData(SupportEventType.SEMINAR, "Семинар", LocalDate.of(2025, 11, 1), "", ""),
			_support.serviceContext);
		verify(_service, never()).addSupportEvent(anyLong(), any(), any());
	}

	@Test
	void rejectedEventShowsTheFormAgainAndCallsNoService() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "eventType", "party", "plannedDate", "2025-13-45", "redirect", "/card");

		_edit.doProcessAction(actionRequest, _support.actionResponse);

		List<Violation> violations = _support.assertFormShownAgain(
			actionRequest, MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT);

		ActionCommandTestSupport.assertViolation(violations, "eventType", "invalid-value");
		ActionCommandTestSupport.assertViolation(violations, "plannedDate", "not-a-date");
		ActionCommandTestSupport.assertViolation(violations, "title", "required");
		verifyNoInteractions(_service);
	}

	@Test
	void eventOutsideThePeriodIsTheServicesViolation() throws Exception {
		when(
			_service.addSupportEvent(anyLong(), any(), any())
		).thenThrow(
			new MentoringValidationException(
				List.of(Violation.of("plannedDate", "outside-assignment-period", LocalDate.of(2025, 9, 1), "")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "eventType", "seminar", "title", "Семинар", "plannedDate", "2024-01-01");

		_edit.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_EDIT_SUPPORT_EVENT), "plannedDate",
			"outside-assignment-period");
	}

	@Test
	void reportsDoneWithTheOutcomeKeepingTheMaterialsFolder() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "status", "done", "outcome", "Проведено 3 урока", "reportDate", "2025-10-16",
			"redirect", "/card");

		_report.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).reportSupportEvent(
			5, "done", "Проведено 3 урока", 777, LocalDate.of(2025, 10, 16), _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_SUPPORT_EVENT_REPORTED, "/card");
	}

	@Test
	void reportMaterialsAreStoredInTheEventsFolder() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "status", "done", "outcome", "Проведено 3 урока", "reportDate", "2025-10-16");

		when(_support.uploadPortletRequest.getFileNames("reportFiles")).thenReturn(new String[] {"foto.jpg", "plan.docx"});
		when(
			_support.uploadPortletRequest.getFilesAsStream("reportFiles")
		).thenReturn(
			new java.io.InputStream[] {
				new java.io.ByteArrayInputStream(new byte[] {1}), new java.io.ByteArrayInputStream(new byte[] {2})
			}
		);

		com.liferay.document.library.kernel.service.DLAppService dlAppService = mock(
			com.liferay.document.library.kernel.service.DLAppService.class);

		ActionCommandTestSupport.inject(_report, "_dlAppService", dlAppService);

		_report.doProcessAction(actionRequest, _support.actionResponse);

		// The event already has its materials folder: both files go there, the folder stays

		verify(dlAppService, org.mockito.Mockito.times(2)).addFileEntry(
			org.mockito.ArgumentMatchers.isNull(), anyLong(), org.mockito.ArgumentMatchers.eq(777L), anyString(), any(),
			anyString(), anyString(), anyString(), anyString(), any(java.io.InputStream.class), anyLong(),
			org.mockito.ArgumentMatchers.isNull(), org.mockito.ArgumentMatchers.isNull(), any());
		verify(_service).reportSupportEvent(
			5, "done", "Проведено 3 урока", 777, LocalDate.of(2025, 10, 16), _support.serviceContext);
		verify(_support.uploadPortletRequest).cleanUp();
	}

	@Test
	void reportWithoutADayIsReportedToday() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "status", "cancelled", "redirect", "/card");

		LocalDate before = LocalDate.now(ZoneOffset.UTC);

		_report.doProcessAction(actionRequest, _support.actionResponse);

		org.mockito.ArgumentCaptor<LocalDate> day = org.mockito.ArgumentCaptor.forClass(LocalDate.class);

		verify(_service).reportSupportEvent(
			org.mockito.ArgumentMatchers.eq(5L), org.mockito.ArgumentMatchers.eq("cancelled"),
			org.mockito.ArgumentMatchers.eq(""), org.mockito.ArgumentMatchers.eq(777L), day.capture(),
			org.mockito.ArgumentMatchers.eq(_support.serviceContext));

		org.junit.jupiter.api.Assertions.assertTrue(
			!day.getValue().isBefore(before) && !day.getValue().isAfter(LocalDate.now(ZoneOffset.UTC)));
	}

	@Test
	void reportRejectedByTheRulesShowsTheFormAgain() throws Exception {
		when(
			_service.reportSupportEvent(anyLong(), anyString(), anyString(), anyLong(), any(), any())
		).thenThrow(
			new MentoringValidationException(List.of(Violation.of("outcome", "required")))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "status", "done", "reportDate", "2025-10-16", "redirect", "/card");

		_report.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT), "outcome",
			"required");
	}

	@Test
	void unreadableReportDayIsAViolationBeforeAnyServiceCall() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "status", "done", "reportDate", "вчера");

		_report.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_REPORT_SUPPORT_EVENT), "reportDate",
			"not-a-date");
		verifyNoInteractions(_service);
	}

	@Test
	void deletesAnEvent() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("supportEventId", "5", "redirect", "/card");

		_delete.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).deleteSupportEvent(5);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_SUPPORT_EVENT_DELETED, "/card");
	}

	@Test
	void permissionExceptionsPropagateWithoutRedirect() throws Exception {
		when(_service.addSupportEvent(anyLong(), any(), any())).thenThrow(new PrincipalException());
		when(_service.reportSupportEvent(anyLong(), anyString(), anyString(), anyLong(), any(), any())).thenThrow(
			new PrincipalException());
		when(_service.deleteSupportEvent(anyLong())).thenThrow(new PrincipalException());

		assertThrows(
			PrincipalException.class,
			() -> _edit.doProcessAction(
				PortletRequests.actionRequest(
					"mentorAssignmentId", "42", "eventType", "seminar", "title", "Семинар", "plannedDate",
					"2025-11-01", "redirect", "/card"),
				_support.actionResponse));
		assertThrows(
			PrincipalException.class,
			() -> _report.doProcessAction(
				PortletRequests.actionRequest(
					"supportEventId", "5", "status", "done", "outcome", "x", "redirect", "/card"),
				_support.actionResponse));
		assertThrows(
			PrincipalException.class,
			() -> _delete.doProcessAction(
				PortletRequests.actionRequest("supportEventId", "5", "redirect", "/card"), _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final DeleteSupportEventMVCActionCommand _delete = new DeleteSupportEventMVCActionCommand();
	private final EditSupportEventMVCActionCommand _edit = new EditSupportEventMVCActionCommand();
	private final ReportSupportEventMVCActionCommand _report = new ReportSupportEventMVCActionCommand();
	private final SupportEventService _service = mock(SupportEventService.class);
	private ActionCommandTestSupport _support;

}
