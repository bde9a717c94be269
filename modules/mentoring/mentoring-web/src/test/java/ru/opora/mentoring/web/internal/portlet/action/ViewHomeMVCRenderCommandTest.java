package ru.opora.mentoring.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.UserService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.MentorAssignmentHistoryService;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.util.MentoringServices;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.testing.portlet.PortletRequests;

/** The first screen follows the role; the site is the scope group. */
class ViewHomeMVCRenderCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		for (Object[] field : new Object[][] {
				{"_assessmentResultService", mock(AssessmentResultService.class)},
				{"_mentorAssignmentHistoryService", mock(MentorAssignmentHistoryService.class)},
				{"_mentorAssignmentModelResourcePermission", mock(ModelResourcePermission.class)},
				{"_mentorAssignmentService", _mentorAssignmentService}, {"_portal", mock(Portal.class)},
				{"_portletResourcePermission", _portletResourcePermission},
				{"_schoolContextService", mock(SchoolContextService.class)}, {"_schoolService", _schoolService},
				{"_supportEventService", _supportEventService},
				{"_userService", mock(UserService.class)},
				{"_oporaFeatureService", mock(ru.opora.portal.feature.OporaFeatureService.class)},
				{"_dlAppService", mock(com.liferay.document.library.kernel.service.DLAppService.class)}}) {

			ActionCommandTestSupport.inject(_mentoringServices, (String)field[0], field[1]);
		}

		ActionCommandTestSupport.inject(_command, "_mentoringServices", _mentoringServices);
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void coordinatorsGetTheSitesAssignments() throws Exception {
		when(
			_portletResourcePermission.contains(any(), eq(PortletRequests.SCOPE_GROUP_ID),
			eq(MentoringActionKeys.MANAGE_SUGGESTIONS))
		).thenReturn(
			true
		);

		RenderRequest renderRequest = PortletRequests.renderRequest("groupId", "777");

		assertEquals("/view_assignments.jsp", _command.render(renderRequest, mock(RenderResponse.class)));
		verify(_mentorAssignmentService).getGroupAssignments(eq(PortletRequests.SCOPE_GROUP_ID), isNull());
		verify(_mentorAssignmentService, never()).getGroupAssignments(eq(777L), any());
	}

	@Test
	void coordinatorsSeeTheMunicipalitysCalendarAndOverdueReports() throws Exception {
		when(
			_portletResourcePermission.contains(any(), eq(PortletRequests.SCOPE_GROUP_ID),
			eq(MentoringActionKeys.MANAGE_SUGGESTIONS))
		).thenReturn(
			true
		);

		SupportEvent planned = mock(SupportEvent.class);
		SupportEvent late = mock(SupportEvent.class);

		when(planned.getSupportEventStatus()).thenReturn(ru.opora.domain.mentoring.assignment.SupportEventStatus.PLANNED);
		when(planned.getPlannedLocalDate()).thenReturn(java.time.LocalDate.now().plusDays(3));
		when(late.getSupportEventStatus()).thenReturn(ru.opora.domain.mentoring.assignment.SupportEventStatus.PLANNED);
		when(late.getPlannedLocalDate()).thenReturn(java.time.LocalDate.now().minusDays(20));
		when(
			_supportEventService.getGroupCalendar(eq(PortletRequests.SCOPE_GROUP_ID), any(), any())
		).thenReturn(
			List.of(planned)
		);
		when(
			_supportEventService.getGroupOverdueSupportEvents(eq(PortletRequests.SCOPE_GROUP_ID), any(), anyInt())
		).thenReturn(
			List.of(late)
		);

		RenderRequest renderRequest = PortletRequests.renderRequest();

		assertEquals("/view_assignments.jsp", _command.render(renderRequest, mock(RenderResponse.class)));

		org.mockito.ArgumentCaptor<Object> captor = org.mockito.ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(MentoringWebKeys.DISPLAY_CONTEXT), captor.capture());

		ru.opora.mentoring.web.internal.display.context.AssignmentsDisplayContext displayContext =
			(ru.opora.mentoring.web.internal.display.context.AssignmentsDisplayContext)captor.getValue();

		assertEquals(1, displayContext.getCalendar().size());
		assertEquals(planned, displayContext.getCalendar().get(0).getSupportEvent());
		assertEquals(1, displayContext.getOverdue().size());
		assertTrue(displayContext.getOverdue().get(0).isOverdue());
	}

	@Test
	void curatorsWithOpenAssignmentsGetTheirSchools() throws Exception {
		when(_mentorAssignmentService.getMyCuratorAssignments(true)).thenReturn(List.of(mock(MentorAssignment.class)));

		assertEquals(
			"/view_my_schools.jsp", _command.render(PortletRequests.renderRequest(), mock(RenderResponse.class)));
	}

	@Test
	void everybodyElseGetsMyMentor() throws Exception {
		assertEquals(
			"/view_my_mentor.jsp", _command.render(PortletRequests.renderRequest(), mock(RenderResponse.class)));
		verify(_schoolService).getGroupSchools(PortletRequests.SCOPE_GROUP_ID);
	}

	@Test
	void aForbiddenListShowsTheErrorPage() throws Exception {
		when(
			_portletResourcePermission.contains(any(), anyLong(), anyString())
		).thenReturn(
			true
		);
		when(_mentorAssignmentService.getGroupAssignments(anyLong(), any())).thenThrow(new PrincipalException());

		RenderRequest renderRequest = PortletRequests.renderRequest();

		assertEquals("/error.jsp", _command.render(renderRequest, mock(RenderResponse.class)));
		_sessionErrors.verify(() -> SessionErrors.add(renderRequest, PrincipalException.class));
	}

	private final ViewHomeMVCRenderCommand _command = new ViewHomeMVCRenderCommand();
	private final MentorAssignmentService _mentorAssignmentService = mock(MentorAssignmentService.class);
	private final MentoringServices _mentoringServices = new MentoringServices();
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private final SupportEventService _supportEventService = mock(SupportEventService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);

}
