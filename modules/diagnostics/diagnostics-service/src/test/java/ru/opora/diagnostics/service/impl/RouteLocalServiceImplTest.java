package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.document.library.kernel.service.DLAppLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.MaterialFinder;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.RouteAction;
import ru.opora.diagnostics.model.impl.AttemptImpl;
import ru.opora.diagnostics.model.impl.RouteActionImpl;
import ru.opora.diagnostics.model.impl.RouteImpl;
import ru.opora.diagnostics.service.AttemptLocalService;
import ru.opora.diagnostics.service.CourseLocalService;
import ru.opora.diagnostics.service.persistence.AttemptPersistence;
import ru.opora.diagnostics.service.persistence.RouteActionPersistence;
import ru.opora.diagnostics.service.persistence.RoutePersistence;
import ru.opora.domain.diagnostics.CompetenceResult;
import ru.opora.domain.diagnostics.CourseOffer;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.MaterialOffer;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** A route is proposed from the attempt's deficits with the catalogue, the mentoring feature and the library. */
class RouteLocalServiceImplTest {

	static final LocalDate TODAY = LocalDate.of(2024, 10, 10);

	@BeforeEach
	void setUp() throws Exception {
		_attempt.setAttemptId(1);
		_attempt.setCompanyId(1);
		_attempt.setGroupId(20);
		_attempt.setSchoolId(11);
		_attempt.setUserId(101);

		when(_attemptPersistence.findByPrimaryKey(1L)).thenReturn(_attempt);
		when(_attemptLocalService.getDiagnosticResult(_attempt)).thenAnswer(invocation -> _result);
		when(_courseLocalService.getCourseOffers(1)).thenReturn(
			List.of(
				new CourseOffer(
					7, "Совершенствование компетенций учителя по подготовке школьников к ОГЭ по математике",
					Set.of("M-ALG"), TODAY.plusDays(20), TODAY.plusDays(60), 72)));
		when(_courseLocalService.getCompletedCourseIds(101)).thenReturn(Set.of());
		when(_materialFinder.find(1, List.of("M-ALG", "M-GEO"))).thenReturn(
			List.of(new MaterialOffer(900, "Задачи по планиметрии", Set.of("comp-m-geo"))));

		MentorAssignment teacherMentor = mock(MentorAssignment.class);

		when(teacherMentor.getTeacherMentorUserId()).thenReturn(301L);
		when(teacherMentor.getMenteeUserId()).thenReturn(101L);

		MentorAssignment mentorSchool = mock(MentorAssignment.class);

		when(mentorSchool.getMentorSchoolId()).thenReturn(12L);
		when(_mentorAssignmentLocalService.getSupportedSchoolAssignments(11, true)).thenReturn(
			List.of(teacherMentor, mentorSchool));

		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(12L);
		when(school.getName()).thenReturn("МБОУ «Лицей № 20»");
		when(_schoolLocalService.fetchSchool(12)).thenReturn(school);

		User user = mock(User.class);

		when(user.getFullName()).thenReturn("Петрова Анна");
		when(_userLocalService.getUser(anyLong())).thenReturn(user);
		when(_userLocalService.fetchUser(anyLong())).thenReturn(user);

		when(_routePersistence.create(anyLong())).thenAnswer(invocation -> new RouteImpl());
		when(_routePersistence.update(any(Route.class))).thenAnswer(invocation -> invocation.getArgument(0));
		when(_routeActionPersistence.create(anyLong())).thenAnswer(invocation -> new RouteActionImpl());
		when(_routeActionPersistence.update(any(RouteAction.class))).thenAnswer(
			invocation -> {
				_actions.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});

		Fields.set(_service, "attemptPersistence", _attemptPersistence);
		Fields.set(_service, "counterLocalService", mock(CounterLocalService.class));
		Fields.set(_service, "routeActionPersistence", _routeActionPersistence);
		Fields.set(_service, "routePersistence", _routePersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_attemptLocalService", _attemptLocalService);
		Fields.set(_service, "_courseLocalService", _courseLocalService);
		Fields.set(_service, "_dlAppLocalService", _dlAppLocalService);
		Fields.set(_service, "_materialFinder", _materialFinder);
		Fields.set(_service, "_mentorAssignmentLocalService", _mentorAssignmentLocalService);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);
	}

	@Test
	void proposedFromTheDeficitsWithCoursesMentorInternshipAndMaterials() throws Exception {
		Route route = _service.proposeRoute(101, 1, TODAY, 12);

		assertEquals(DiagnosticsConstants.ROUTE_STATUS_DRAFT, route.getStatus());
		assertEquals(101, route.getUserId());
		assertEquals(11, route.getSchoolId());
		assertEquals(TODAY.plusMonths(12), Days.toLocalDate(route.getEndDate()));
		assertEquals(
			List.of(
				"M-ALG:course:7:" + TODAY.plusDays(60), "M-ALG:internship:12:" + TODAY.plusDays(90),
				"M-ALG:mentoring:301:" + TODAY.plusDays(180), "M-GEO:mentoring:301:" + TODAY.plusDays(180),
				"M-GEO:self-study:900:" + TODAY.plusDays(30)),
			_actions.stream().map(
				action -> action.getCompetenceCode() + ":" + action.getActionType() + ":" + action.getReferenceId() +
					":" + Days.toLocalDate(action.getDeadline())).collect(Collectors.toList()));
		assertEquals("certificate", _actions.get(0).getEvidence());
		assertEquals("МБОУ «Лицей № 20»", _actions.get(1).getTitle());
	}

	@Test
	void oneRoutePerAttemptAndNoneWithoutDeficits() throws Exception {
		RouteImpl existing = new RouteImpl();

		when(_routePersistence.fetchByAttemptId(1)).thenReturn(existing);

		assertSame(existing, _service.proposeRoute(101, 1, TODAY, 12));

		when(_routePersistence.fetchByAttemptId(1)).thenReturn(null);
		_result = new DiagnosticResult(1, List.of(CompetenceResult.external("M-ALG", 90, 70)));

		DiagnosticsValidationException exception = assertThrows(
			DiagnosticsValidationException.class, () -> _service.proposeRoute(101, 1, TODAY, 12));

		assertEquals("diagnostics-no-deficits", exception.getViolations().get(0).code());
		verify(_routePersistence, never()).update(any(Route.class));
	}

	@Test
	void evidenceOnlyOnAnAgreedRoute() throws Exception {
		RouteImpl route = new RouteImpl();

		route.setRouteId(5);
		route.setStatus(DiagnosticsConstants.ROUTE_STATUS_DRAFT);

		RouteActionImpl action = new RouteActionImpl();

		action.setRouteActionId(9);
		action.setRouteId(5);

		when(_routeActionPersistence.findByPrimaryKey(9L)).thenReturn(action);
		when(_routePersistence.findByPrimaryKey(5L)).thenReturn(route);

		DiagnosticsValidationException exception = assertThrows(
			DiagnosticsValidationException.class,
			() -> _service.completeAction(101, 9, "", "application/pdf", new byte[0], null));

		assertEquals(
			List.of("diagnostics-route-not-agreed", "required", "required"),
			exception.getViolations().stream().map(violation -> violation.code()).collect(Collectors.toList()));
		verify(_dlAppLocalService, never()).addFileEntry(
			any(), anyLong(), anyLong(), anyLong(), any(), any(), any(), any(), any(), any(), any(byte[].class), any(),
			any(), any());
	}

	private final List<RouteAction> _actions = new ArrayList<>();
	private final AttemptImpl _attempt = new AttemptImpl();
	private final AttemptLocalService _attemptLocalService = mock(AttemptLocalService.class);
	private final AttemptPersistence _attemptPersistence = mock(AttemptPersistence.class);
	private final CourseLocalService _courseLocalService = mock(CourseLocalService.class);
	private final DLAppLocalService _dlAppLocalService = mock(DLAppLocalService.class);
	private final MaterialFinder _materialFinder = mock(MaterialFinder.class);
	private final MentorAssignmentLocalService _mentorAssignmentLocalService = mock(MentorAssignmentLocalService.class);
	private DiagnosticResult _result = new DiagnosticResult(
		1, List.of(CompetenceResult.external("M-ALG", 40, 70), CompetenceResult.external("M-GEO", 55, 65)));
	private final RouteActionPersistence _routeActionPersistence = mock(RouteActionPersistence.class);
	private final RoutePersistence _routePersistence = mock(RoutePersistence.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final RouteLocalServiceImpl _service = new RouteLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
