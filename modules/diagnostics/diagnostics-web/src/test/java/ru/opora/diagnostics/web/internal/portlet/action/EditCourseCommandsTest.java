package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Course;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.service.CourseService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.EditCourseDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/**
 * Course editing: the site comes from the page, the form's values go to the
 * permission-checked CourseService, violations bring the form back with its
 * values, a refusal is not swallowed.
 */
class EditCourseCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_attemptService", _attemptService);
		Fields.set(_services, "_courseService", _courseService);
		Fields.set(_services, "_language", _language);
		Fields.set(_services, "_portal", _portal);
		Fields.set(_services, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(_services, "_userLocalService", _userLocalService);

		when(_portal.getScopeGroupId(any(ActionRequest.class))).thenReturn(PortletRequests.SCOPE_GROUP_ID);
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void addUsesThePagesSiteAndTheChosenCompetences() throws Exception {
		_command(new EditCourseMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"groupId", "999", "name", "Формирующее оценивание", "provider", "ИРО", "hours", "36", "format", "очно",
				"startDate", "2026-02-01", "endDate", "2026-03-15", "competenceCodes", "M-ALG", "competenceCodes",
				"M-GEO", "url", "https://iro.example/fo"),
			_actionResponse);

		verify(_courseService).addCourse(
			PortletRequests.SCOPE_GROUP_ID, "Формирующее оценивание", "ИРО", 36, "очно", _day(2026, 2, 1),
			_day(2026, 3, 15), "M-ALG,M-GEO", "https://iro.example/fo");
		verify(_courseService, never()).updateCourse(
			anyLong(), anyLong(), anyString(), anyString(), anyInt(), anyString(), any(), any(), anyString(),
			anyString());
		assertEquals(DiagnosticsWebKeys.MVC_COURSES, _rendered.get("mvcRenderCommandName"));
		_sessionMessages.verify(
			() -> SessionMessages.add(any(PortletRequest.class), eq("diagnostics-success"), eq("diagnostics-course-saved")));
	}

	@Test
	void editChangesTheGivenCourse() throws Exception {
		_command(new EditCourseMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"courseId", "7", "name", "Курс", "provider", "ИРО", "hours", "18", "startDate", "2026-02-01", "endDate",
				"2026-02-10", "competenceCodes", "M-ALG"),
			_actionResponse);

		verify(_courseService).updateCourse(
			PortletRequests.SCOPE_GROUP_ID, 7, "Курс", "ИРО", 18, "", _day(2026, 2, 1), _day(2026, 2, 10), "M-ALG", "");
		assertEquals(DiagnosticsWebKeys.MVC_COURSES, _rendered.get("mvcRenderCommandName"));
	}

	@Test
	void rejectedInputShowsTheFormAgainWithItsValues() throws Exception {
		when(_courseService.addCourse(
			anyLong(), anyString(), anyString(), anyInt(), anyString(), any(), any(), anyString(), anyString())
		).thenThrow(
			new DiagnosticsValidationException(
				List.of(Violation.of("hours", "out-of-range", 1, 2000), Violation.of("endDate", "required"))));
		when(_language.get(any(Locale.class), eq("diagnostics-field-hours"))).thenReturn("Hours");
		when(_language.get(any(Locale.class), eq("diagnostics-field-endDate"))).thenReturn("End");
		when(_language.format(any(Locale.class), eq("opora-error-out-of-range"), Mockito.<Object[]>any(), eq(false))).thenReturn("from 1 to 2000");
		when(_language.format(any(Locale.class), eq("opora-error-required"), Mockito.<Object[]>any(), eq(false))).thenReturn("required");

		_command(new EditCourseMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"name", "Курс", "provider", "ИРО", "hours", "много", "startDate", "2026-02-01", "endDate", "01.03.2026",
				"competenceCodes", "M-ALG"),
			_actionResponse);

		verify(_courseService).addCourse(
			PortletRequests.SCOPE_GROUP_ID, "Курс", "ИРО", 0, "", _day(2026, 2, 1), null, "M-ALG", "");
		assertEquals(DiagnosticsWebKeys.MVC_EDIT_COURSE, _rendered.get("mvcRenderCommandName"));
		assertEquals("много", _rendered.get("hours"));
		assertEquals("01.03.2026", _rendered.get("endDate"));
		assertEquals("M-ALG", _rendered.get("competenceCodes"));
		_sessionErrors.verify(
			() -> SessionErrors.add(
				any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS),
				eq(List.of("Hours: from 1 to 2000", "End: required"))));
	}

	@Test
	void missingPermissionPropagates() throws Exception {
		when(_courseService.addCourse(
			anyLong(), anyString(), anyString(), anyInt(), anyString(), any(), any(), anyString(), anyString())
		).thenThrow(new PrincipalException.MustHavePermission(0, "x", 1, DiagnosticsActionKeys.MANAGE_COURSES));

		EditCourseMVCActionCommand command = _command(new EditCourseMVCActionCommand());
		ActionRequest actionRequest = PortletRequests.actionRequest("name", "Курс", "hours", "10");

		assertThrows(PrincipalException.class, () -> command.doProcessAction(actionRequest, _actionResponse));
		_sessionMessages.verify(() -> SessionMessages.add(any(PortletRequest.class), anyString(), any()), never());
	}

	@Test
	void editPageShowsTheCourseAndWhoEnrolledAndCompleted() throws Exception {
		_allowed(true);

		Course course = mock(Course.class);

		when(course.getCourseId()).thenReturn(7L);
		when(course.getName()).thenReturn("Формирующее оценивание");
		when(course.getHours()).thenReturn(36);
		when(course.getStartDate()).thenReturn(_day(2026, 2, 1));
		when(course.getCompetenceCodes()).thenReturn("M-ALG,M-GEO");
		when(_courseService.getCourses()).thenReturn(List.of(course));

		Map<String, String> names = new LinkedHashMap<>();

		names.put("M-ALG", "Алгебра");
		names.put("M-GEO", "Геометрия");
		names.put("M-STAT", "Статистика");
		when(_attemptService.getCompetenceNames(0)).thenReturn(names);

		List<CourseEnrolment> enrolments = List.of(
			_enrolment(101, "enrolled"), _enrolment(102, "completed"), _enrolment(103, "enrolled"));

		when(_courseService.getCourseEnrolments(PortletRequests.SCOPE_GROUP_ID, 7)).thenReturn(enrolments);
		_user(101, "Иванова Анна Петровна");
		_user(102, "Петров Олег Игоревич");

		RenderRequest renderRequest = PortletRequests.renderRequest("courseId", "7");

		PortletRequests.permissionChecker(renderRequest);

		assertEquals(
			"/edit_course.jsp",
			_command(new EditCourseMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		EditCourseDisplayContext context = DiagnosticsTestSupport.displayContext(renderRequest);

		assertEquals("Формирующее оценивание", context.getValue("name"));
		assertEquals("36", context.getValue("hours"));
		assertEquals("2026-02-01", context.getValue("startDate"));
		assertTrue(context.isCovered("M-GEO"));
		assertEquals(false, context.isCovered("M-STAT"));
		assertEquals(List.of("Иванова Анна Петровна", "deleted"), context.getEnrolled());
		assertEquals(1, context.getCompleted().size());
		assertTrue(context.getCompleted().get(0).startsWith("Петров Олег Игоревич ("));
	}

	@Test
	void editPageWithoutPermissionShowsTheErrorPage() throws Exception {
		_allowed(false);

		RenderRequest renderRequest = PortletRequests.renderRequest("courseId", "7");

		PortletRequests.permissionChecker(renderRequest);

		assertEquals(
			"/error.jsp", _command(new EditCourseMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));
		verify(_courseService, never()).getCourseEnrolments(anyLong(), anyLong());
		_sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)));
	}

	private static Date _day(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static CourseEnrolment _enrolment(long userId, String status) {
		CourseEnrolment enrolment = mock(CourseEnrolment.class);

		when(enrolment.getUserId()).thenReturn(userId);
		when(enrolment.getStatus()).thenReturn(status);
		when(enrolment.getCompletedDate()).thenReturn(_day(2026, 3, 20));

		return enrolment;
	}

	private void _allowed(boolean allowed) throws Exception {
		if (!allowed) {
			Mockito.doThrow(
				new PrincipalException.MustHavePermission(0, "x", 1, DiagnosticsActionKeys.MANAGE_COURSES)
			).when(
				_portletResourcePermission
			).check(any(PermissionChecker.class), anyLong(), eq(DiagnosticsActionKeys.MANAGE_COURSES));
		}

		when(_language.format(any(Locale.class), eq("diagnostics-deleted-user"), Mockito.<Object[]>any(), eq(false))).thenReturn(
			"deleted");
	}

	private <T> T _command(T command) throws Exception {
		Fields.set(command, "_diagnosticsServices", _services);

		return command;
	}

	private void _user(long userId, String fullName) {
		User user = mock(User.class);

		when(user.getFullName()).thenReturn(fullName);
		when(_userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private final Map<String, String> _rendered = new HashMap<>();
	private final ActionResponse _actionResponse = PortletRequests.actionResponse(_rendered);
	private final AttemptService _attemptService = mock(AttemptService.class);
	private final CourseService _courseService = mock(CourseService.class);
	private final Language _language = mock(Language.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final MockedStatic<SessionMessages> _sessionMessages = Mockito.mockStatic(SessionMessages.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
