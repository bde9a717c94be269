package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.validation.Violation;

import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

class EditAssessmentResultMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		Fields.set(_command, "_portal", _support.portal);
		Fields.set(_command, "_assessmentResultService", _assessmentResultService);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void marksResultIsSavedForTheSchool() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "assessment", "vpr", "year", "2024", "grade", "5", "subject", " Математика ",
			"participants", "20", "marks2", "4", "marks3", "8", "marks4", "6", "marks5", "2", "meanScore", "",
			"shareBelowThreshold", "", "redirect", "/card");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_assessmentResultService).updateAssessmentResult(
			7, new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 4, 8, 6, 2, null, null),
			_support.serviceContext);
		_support.sessionMessages.verify(
			() -> SessionMessages.add(actionRequest, SchoolsWebKeys.SUCCESS_RESULT_SAVED));
		verify(_support.actionResponse).sendRedirect("/card");
	}

	@Test
	void egeScoresWithoutMarksAreSaved() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "assessment", "ege", "year", "2023", "grade", "11", "subject", "Русский язык",
			"participants", "12", "meanScore", "61,5", "shareBelowThreshold", "8.3");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_assessmentResultService).updateAssessmentResult(
			7,
			new ResultFigures(AssessmentType.EGE, 2023, 11, "Русский язык", 12, null, null, null, null, 61.5, 8.3),
			_support.serviceContext);
	}

	@Test
	void unreadableMarkIsRejectedWithTheOtherViolationsAndTheFormComesBack() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "assessment", "vpr", "year", "1999", "grade", "5", "subject", "Математика",
			"participants", "20", "marks2", "четыре", "marks3", "8", "marks4", "6", "marks5", "2");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verifyNoInteractions(_assessmentResultService);

		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		_support.sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(OporaValidationException.class), captor.capture()));

		List<Violation> violations = ((OporaValidationException)captor.getValue()).getViolations();

		assertEquals(Violation.of("marks2", "not-a-whole-number"), violations.get(0));
		assertEquals(true, violations.contains(Violation.of("year", "out-of-range", 2000, 2100)));
		assertEquals(true, violations.contains(Violation.of("marks", "marks-incomplete")));
		verify(_support.renderParameters).setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT);
		verify(_support.portal).copyRequestParameters(actionRequest, _support.actionResponse);
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	@Test
	void serviceValidationExceptionGoesToSessionErrors() throws Exception {
		OporaValidationException exception = new OporaValidationException(
			List.of(Violation.of("grade", "grade-above-school-level", 11, "basic")));

		when(_assessmentResultService.updateAssessmentResult(anyLong(), any(), any())).thenThrow(exception);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "assessment", "ege", "year", "2023", "grade", "11", "subject", "Химия",
			"participants", "3", "meanScore", "55", "redirect", "/card");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		_support.sessionErrors.verify(
			() -> SessionErrors.add(actionRequest, OporaValidationException.class, exception));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	@Test
	void permissionExceptionPropagates() throws Exception {
		when(_assessmentResultService.updateAssessmentResult(anyLong(), any(), any())).thenThrow(
			new PrincipalException.MustHavePermission(0, "School", 7, "UPDATE"));

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "assessment", "ege", "year", "2023", "grade", "11", "subject", "Химия",
			"participants", "3", "meanScore", "55");

		assertThrows(
			PrincipalException.class, () -> _command.doProcessAction(actionRequest, _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final AssessmentResultService _assessmentResultService = mock(AssessmentResultService.class);
	private final EditAssessmentResultMVCActionCommand _command = new EditAssessmentResultMVCActionCommand();
	private ActionCommandTestSupport _support;

}
