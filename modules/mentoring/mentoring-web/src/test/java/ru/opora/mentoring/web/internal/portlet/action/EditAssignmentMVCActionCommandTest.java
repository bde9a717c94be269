package ru.opora.mentoring.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.time.LocalDate;
import java.util.List;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.testing.portlet.PortletRequests;

class EditAssignmentMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		ActionCommandTestSupport.inject(_command, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_command, "_oporaFeatureService", _oporaFeatureService);
		ActionCommandTestSupport.inject(_command, "_dlAppService", _dlAppService);

		when(_oporaFeatureService.getCuratorCapacity(anyLong())).thenReturn(2);
		ActionCommandTestSupport.inject(_command, "_mentorAssignmentService", _service);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void addsToTheScopeGroupWithTheEnteredParties() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "mentor-school", "supportedSchoolId", "11", "mentorSchoolId", "22", "curatorUserId", "99",
			"startDate", "2025-09-01", "endDate", "2026-05-31", "orderNumber", "123-р", "orderDate", "2025-08-25",
			"groupId", "777", "redirect", "/list");

		// The municipality allows 3 schools per mentor (Site Settings > Opora)

		when(_oporaFeatureService.getCuratorCapacity(PortletRequests.SCOPE_GROUP_ID)).thenReturn(3);

		_command.doProcessAction(actionRequest, _support.actionResponse);

		// The curator of another kind is dropped; the site is the scope group, never the parameter

		verify(_service).addAssignment(
			PortletRequests.SCOPE_GROUP_ID,
			AssignmentData.builder(
				AssignmentKind.MENTOR_SCHOOL
			).supportedSchoolId(
				11
			).mentorSchoolId(
				22
			).period(
				LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)
			).order(
				"123-р", LocalDate.of(2025, 8, 25), 0
			).build(),
			3, _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_ASSIGNMENT_SAVED, "/list");
	}

	@Test
	void theOrderScanIsStoredInTheSitesOrdersFolderAndLinked() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "mentor-school", "supportedSchoolId", "11", "mentorSchoolId", "22", "startDate", "2025-09-01",
			"orderNumber", "123-р", "orderDate", "2025-08-25");

		when(_support.uploadPortletRequest.getFileNames("orderFile")).thenReturn(new String[] {"prikaz.pdf"});
		when(
			_support.uploadPortletRequest.getFilesAsStream("orderFile")
		).thenReturn(
			new java.io.InputStream[] {new java.io.ByteArrayInputStream(new byte[] {1, 2, 3})}
		);

		com.liferay.portal.kernel.repository.model.Folder root = mock(com.liferay.portal.kernel.repository.model.Folder.class);
		com.liferay.portal.kernel.repository.model.Folder orders = mock(com.liferay.portal.kernel.repository.model.Folder.class);
		com.liferay.portal.kernel.repository.model.FileEntry scan = mock(com.liferay.portal.kernel.repository.model.FileEntry.class);

		when(root.getFolderId()).thenReturn(301L);
		when(orders.getFolderId()).thenReturn(302L);
		when(scan.getFileEntryId()).thenReturn(401L);

		// The root folder exists, the orders folder is created

		when(_dlAppService.getFolder(PortletRequests.SCOPE_GROUP_ID, 0L, "Наставничество")).thenReturn(root);
		when(
			_dlAppService.getFolder(PortletRequests.SCOPE_GROUP_ID, 301L, "Приказы")
		).thenThrow(
			new com.liferay.document.library.kernel.exception.NoSuchFolderException()
		);
		when(
			_dlAppService.addFolder(isNull(), eq(PortletRequests.SCOPE_GROUP_ID), eq(301L), eq("Приказы"), anyString(), any())
		).thenReturn(
			orders
		);
		when(
			_dlAppService.addFileEntry(
				isNull(), eq(PortletRequests.SCOPE_GROUP_ID), eq(302L), eq("prikaz.pdf"), any(), anyString(), anyString(),
				anyString(), anyString(), any(java.io.InputStream.class), anyLong(), isNull(), isNull(), any())
		).thenReturn(
			scan
		);

		MentorAssignment stored = mock(MentorAssignment.class);

		when(stored.getMentorAssignmentId()).thenReturn(77L);
		when(_service.addAssignment(anyLong(), any(), anyInt(), any())).thenReturn(stored);

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ArgumentCaptor<AssignmentData> captor = ArgumentCaptor.forClass(AssignmentData.class);

		verify(_service).updateAssignment(eq(77L), captor.capture(), eq(2), any());
		assertEquals(401L, captor.getValue().getOrderFileEntryId());
		assertEquals("123-р", captor.getValue().getOrderNumber());
		verify(_support.uploadPortletRequest).cleanUp();
	}

	@Test
	void addsACuratorWithTheCuratorsSchool() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "curator", "supportedSchoolId", "11", "mentorSchoolId", "22", "curatorUserId", "99",
			"teacherMentorUserId", "5", "startDate", "2025-09-01");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).addAssignment(
			PortletRequests.SCOPE_GROUP_ID,
			AssignmentData.builder(
				AssignmentKind.CURATOR
			).supportedSchoolId(
				11
			).mentorSchoolId(
				22
			).curatorUserId(
				99
			).period(
				LocalDate.of(2025, 9, 1), null
			).build(),
			2, _support.serviceContext);
	}

	@Test
	void updatesKeepingTheStoredKindExplanationAndOrderFile() throws Exception {
		MentorAssignment mentorAssignment = mock(MentorAssignment.class);

		when(mentorAssignment.toAssignmentData()).thenReturn(
			AssignmentData.builder(
				AssignmentKind.MENTOR_SCHOOL
			).supportedSchoolId(
				11
			).mentorSchoolId(
				22
			).period(
				LocalDate.of(2025, 9, 1), null
			).order(
				"1", LocalDate.of(2025, 8, 1), 555
			).explanation(
				"opora-mentoring-cost-no-cooperation|2"
			).build());
		when(_service.getAssignment(42)).thenReturn(mentorAssignment);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"mentorAssignmentId", "42", "kind", "curator", "supportedSchoolId", "11", "mentorSchoolId", "33",
			"startDate", "2025-09-01", "endDate", "2026-06-30", "orderNumber", "2", "orderDate", "2025-08-30");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_service).updateAssignment(
			42,
			AssignmentData.builder(
				AssignmentKind.MENTOR_SCHOOL
			).supportedSchoolId(
				11
			).mentorSchoolId(
				33
			).period(
				LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)
			).order(
				"2", LocalDate.of(2025, 8, 30), 555
			).explanation(
				"opora-mentoring-cost-no-cooperation|2"
			).build(),
			2, _support.serviceContext);
		verify(_service, never()).addAssignment(anyLong(), any(), anyInt(), any());
	}

	@Test
	void rejectedInputShowsTheFormAgainWithEveryViolationAndCallsNoService() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "mentor-school", "supportedSchoolId", "11", "startDate", "1 сентября", "endDate", "2025-08-01",
			"redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		List<Violation> violations = _support.assertFormShownAgain(
			actionRequest, MentoringWebKeys.MVC_EDIT_ASSIGNMENT);

		ActionCommandTestSupport.assertViolation(violations, "startDate", "not-a-date");
		ActionCommandTestSupport.assertViolation(violations, "mentorSchoolId", "required");
		verifyNoInteractions(_service);
	}

	@Test
	void missingKindIsAViolation() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("supportedSchoolId", "11");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_EDIT_ASSIGNMENT), "kind", "required");
		verifyNoInteractions(_service);
	}

	@Test
	void serviceViolationsShowTheFormAgain() throws Exception {
		when(
			_service.addAssignment(anyLong(), any(), anyInt(), any())
		).thenThrow(
			new MentoringValidationException(List.of(Violation.of("mentorSchoolId", "capacity-exceeded", 2, 2)))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "mentor-school", "supportedSchoolId", "11", "mentorSchoolId", "22", "startDate", "2025-09-01",
			"redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_EDIT_ASSIGNMENT), "mentorSchoolId",
			"capacity-exceeded");
	}

	@Test
	void permissionExceptionPropagatesWithoutRedirect() throws Exception {
		when(_service.addAssignment(anyLong(), any(), anyInt(), any())).thenThrow(new PrincipalException());

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"kind", "mentor-school", "supportedSchoolId", "11", "mentorSchoolId", "22", "startDate", "2025-09-01",
			"redirect", "/list");

		assertThrows(
			PrincipalException.class, () -> _command.doProcessAction(actionRequest, _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final EditAssignmentMVCActionCommand _command = new EditAssignmentMVCActionCommand();
	private final MentorAssignmentService _service = mock(MentorAssignmentService.class);
	private ActionCommandTestSupport _support;

	private final com.liferay.document.library.kernel.service.DLAppService _dlAppService = mock(
		com.liferay.document.library.kernel.service.DLAppService.class);
	private final OporaFeatureService _oporaFeatureService = mock(OporaFeatureService.class);

}
