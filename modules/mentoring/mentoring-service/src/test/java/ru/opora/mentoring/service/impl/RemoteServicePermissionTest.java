package ru.opora.mentoring.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.mentoring.internal.security.permission.resource.MentorAssignmentPartyPermissionLogic;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.model.impl.MentorAssignmentImpl;
import ru.opora.mentoring.model.impl.SupportEventImpl;
import ru.opora.mentoring.service.MentorAssignmentHistoryLocalService;
import ru.opora.mentoring.service.MentorAssignmentLocalService;
import ru.opora.mentoring.service.SupportEventLocalService;
import ru.opora.testing.Fields;
import ru.opora.testing.permission.GrantedPermissions;

/**
 * The remote services check the portlet and model permissions (the real
 * Liferay factories with the assignment's party logic) before calling the
 * local services; the permission checker is a mock set in
 * PermissionThreadLocal, the user in PrincipalThreadLocal.
 */
class RemoteServicePermissionTest {

	static final long COORDINATOR_ID = 300;

	static final long CURATOR_ID = 501;

	static final long GROUP_ID = 20;

	static final long OTHER_ID = 900;

	@BeforeEach
	void setUp() throws Exception {

		// The portlet resource permission looks the site up

		GroupLocalServiceUtil.setService(mock(GroupLocalService.class));

		_mentorAssignments.put(1L, _assignment(1, CURATOR_ID, 0));
		_mentorAssignments.put(2L, _assignment(2, 502, 0));
		_mentorAssignments.put(3L, _assignment(3, 0, CURATOR_ID));

		when(_mentorAssignmentLocalService.getMentorAssignment(anyLong())).thenAnswer(
			invocation -> _mentorAssignments.get((Long)invocation.getArgument(0)));
		when(_mentorAssignmentLocalService.fetchMentorAssignment(anyLong())).thenAnswer(
			invocation -> _mentorAssignments.get((Long)invocation.getArgument(0)));

		PortletResourcePermission portletResourcePermission = PortletResourcePermissionFactory.create(
			MentoringConstants.RESOURCE_NAME);

		ModelResourcePermission<MentorAssignment> modelResourcePermission = ModelResourcePermissionFactory.create(
			MentorAssignment.class, MentorAssignment::getMentorAssignmentId,
			_mentorAssignmentLocalService::getMentorAssignment, portletResourcePermission,
			(permission, consumer) -> consumer.accept(new MentorAssignmentPartyPermissionLogic()));

		Fields.set(_mentorAssignmentService, "mentorAssignmentLocalService", _mentorAssignmentLocalService);
		Fields.set(_mentorAssignmentService, "_portletResourcePermission", portletResourcePermission);
		Fields.set(_mentorAssignmentService, "_mentorAssignmentModelResourcePermission", modelResourcePermission);

		Fields.set(_supportEventService, "supportEventLocalService", _supportEventLocalService);
		Fields.set(_supportEventService, "_mentorAssignmentLocalService", _mentorAssignmentLocalService);
		Fields.set(_supportEventService, "_mentorAssignmentModelResourcePermission", modelResourcePermission);

		Fields.set(_historyService, "mentorAssignmentHistoryLocalService", _historyLocalService);
		Fields.set(_historyService, "_mentorAssignmentModelResourcePermission", modelResourcePermission);
	}

	@AfterEach
	void tearDown() {
		GroupLocalServiceUtil.setService(null);
		GrantedPermissions.logout();
	}

	@Test
	void onlyCoordinatorsAddAssignments() throws Exception {
		AssignmentData assignmentData = AssignmentData.builder(
			AssignmentKind.CURATOR
		).supportedSchoolId(
			11
		).curatorUserId(
			CURATOR_ID
		).startDate(
			LocalDate.of(2024, 9, 1)
		).build();

		_login(CURATOR_ID);

		assertThrows(
			PrincipalException.class,
			() -> _mentorAssignmentService.addAssignment(GROUP_ID, assignmentData, 2, _serviceContext));
		verifyNoInteractions(_mentorAssignmentLocalService);

		_login(COORDINATOR_ID);
		_grant(MentoringConstants.RESOURCE_NAME, GROUP_ID, MentoringActionKeys.ADD_ASSIGNMENT);

		MentorAssignment added = new MentorAssignmentImpl();

		when(
			_mentorAssignmentLocalService.addAssignment(
				COORDINATOR_ID, GROUP_ID, assignmentData, 2, _serviceContext)
		).thenReturn(
			added
		);

		assertSame(added, _mentorAssignmentService.addAssignment(GROUP_ID, assignmentData, 2, _serviceContext));
	}

	@Test
	void curatorsCannotEndTheirAssignments() throws Exception {
		_login(CURATOR_ID);

		assertThrows(
			PrincipalException.class, () -> _mentorAssignmentService.cancelAssignment(1, "Не нужно", _serviceContext));
		assertThrows(
			PrincipalException.class, () -> _mentorAssignmentService.finishAssignment(1, null, _serviceContext));
		assertThrows(
			PrincipalException.class, () -> _mentorAssignmentService.activateAssignment(1, null, _serviceContext));
		assertThrows(
			PrincipalException.class,
			() -> _mentorAssignmentService.updateAssignment(1, null, 2, _serviceContext));
		assertThrows(PrincipalException.class, () -> _mentorAssignmentService.deleteAssignment(1));

		_login(COORDINATOR_ID);
		_grant(MentoringConstants.RESOURCE_NAME, GROUP_ID, MentoringActionKeys.ADD_ASSIGNMENT);

		_mentorAssignmentService.cancelAssignment(1, "Не нужно", _serviceContext);

		verify(_mentorAssignmentLocalService).cancelAssignment(COORDINATOR_ID, 1, "Не нужно", _serviceContext);
	}

	@Test
	void suggestionsNeedManageSuggestions() throws Exception {
		_login(COORDINATOR_ID);

		assertThrows(
			PrincipalException.class,
			() -> _mentorAssignmentService.suggestAssignments(GROUP_ID, List.of(), List.of(), null));

		_grant(MentoringConstants.RESOURCE_NAME, GROUP_ID, MentoringActionKeys.MANAGE_SUGGESTIONS);

		_mentorAssignmentService.suggestAssignments(GROUP_ID, List.of(), List.of(), null);

		verify(_mentorAssignmentLocalService).suggestAssignments(GROUP_ID, List.of(), List.of(), null);

		// Accepting creates assignments: ADD_ASSIGNMENT as well

		assertThrows(
			PrincipalException.class,
			() -> _mentorAssignmentService.acceptSuggestions(GROUP_ID, List.of(), null, null, 2, _serviceContext));
	}

	@Test
	void curatorSeesAndWorksOnOwnAssignmentsOnly() throws Exception {
		_login(CURATOR_ID);

		when(
			_mentorAssignmentLocalService.getGroupAssignments(GROUP_ID)
		).thenReturn(
			List.of(_mentorAssignments.get(1L), _mentorAssignments.get(2L), _mentorAssignments.get(3L))
		);

		List<MentorAssignment> visible = _mentorAssignmentService.getGroupAssignments(GROUP_ID, null);

		assertEquals(List.of(1L, 3L), List.of(visible.get(0).getMentorAssignmentId(), visible.get(1).getMentorAssignmentId()));

		assertSame(_mentorAssignments.get(1L), _mentorAssignmentService.getAssignment(1));
		assertThrows(PrincipalException.class, () -> _mentorAssignmentService.getAssignment(2));

		_historyService.getAssignmentHistories(1);

		verify(_historyLocalService).getAssignmentHistories(1);

		assertThrows(PrincipalException.class, () -> _historyService.getAssignmentHistories(2));
	}

	@Test
	void myCuratorAssignmentsUseTheCurrentUser() throws Exception {
		_login(CURATOR_ID);

		when(
			_mentorAssignmentLocalService.getCuratorAssignments(CURATOR_ID, true)
		).thenReturn(
			List.of(_mentorAssignments.get(1L))
		);

		assertEquals(1, _mentorAssignmentService.getMyCuratorAssignments(true).size());
	}

	@Test
	void curatorPlansAndReportsEventsOfOwnAssignment() throws Exception {
		_login(CURATOR_ID);

		_supportEventService.addSupportEvent(1, null, _serviceContext);

		verify(_supportEventLocalService).addSupportEvent(CURATOR_ID, 1, null, _serviceContext);

		assertThrows(PrincipalException.class, () -> _supportEventService.addSupportEvent(2, null, _serviceContext));

		SupportEvent own = _event(10, 1);
		SupportEvent foreign = _event(20, 2);

		when(_supportEventLocalService.getSupportEvent(10)).thenReturn(own);
		when(_supportEventLocalService.getSupportEvent(20)).thenReturn(foreign);

		LocalDate today = LocalDate.of(2024, 10, 1);

		_supportEventService.reportSupportEvent(10, "done", "Проведён семинар", 0, today, _serviceContext);

		verify(_supportEventLocalService).reportSupportEvent(
			CURATOR_ID, 10, "done", "Проведён семинар", 0, today, _serviceContext);

		assertThrows(
			PrincipalException.class,
			() -> _supportEventService.reportSupportEvent(20, "done", "x", 0, today, _serviceContext));
		assertThrows(PrincipalException.class, () -> _supportEventService.deleteSupportEvent(20));

		when(
			_supportEventLocalService.getGroupCalendar(eq(GROUP_ID), any(), any())
		).thenReturn(
			List.of(own, foreign)
		);

		assertEquals(List.of(own), _supportEventService.getGroupCalendar(GROUP_ID, today, today.plusDays(30)));
	}

	@Test
	void materialsAreLinkedByWhoeverReportsOrUpdatesTheEvent() throws Exception {
		SupportEvent own = _event(10, 1);
		SupportEvent foreign = _event(20, 2);

		when(_supportEventLocalService.getSupportEvent(10)).thenReturn(own);
		when(_supportEventLocalService.getSupportEvent(20)).thenReturn(foreign);

		long[] fileEntryIds = {301, 302};

		_login(CURATOR_ID);

		_supportEventService.updateSupportEventMaterials(10, fileEntryIds, _serviceContext);

		verify(_supportEventLocalService).updateSupportEventMaterials(10, fileEntryIds, _serviceContext);

		assertThrows(
			PrincipalException.class,
			() -> _supportEventService.updateSupportEventMaterials(20, fileEntryIds, _serviceContext));

		_login(COORDINATOR_ID);
		_grant(MentorAssignment.class.getName(), 2, ActionKeys.UPDATE);

		_supportEventService.updateSupportEventMaterials(20, fileEntryIds, _serviceContext);

		verify(_supportEventLocalService).updateSupportEventMaterials(20, fileEntryIds, _serviceContext);
	}

	@Test
	void coordinatorRoleReachesEveryAssignmentThroughResourcePermissions() throws Exception {
		_login(COORDINATOR_ID);
		_grant(MentorAssignment.class.getName(), 2, ActionKeys.VIEW);
		_grant(MentorAssignment.class.getName(), 2, MentoringActionKeys.REPORT);

		assertSame(_mentorAssignments.get(2L), _mentorAssignmentService.getAssignment(2));

		SupportEvent foreign = _event(20, 2);

		when(_supportEventLocalService.getSupportEvent(20)).thenReturn(foreign);

		_supportEventService.reportSupportEvent(20, "cancelled", null, 0, LocalDate.of(2024, 10, 1), _serviceContext);

		assertThrows(PrincipalException.class, () -> _supportEventService.deleteSupportEvent(20));
	}

	@Test
	void partyLogicGivesMenteesViewOnly() {
		MentorAssignmentPartyPermissionLogic logic = new MentorAssignmentPartyPermissionLogic();

		MentorAssignment teacherPair = _assignment(4, 0, 0);

		teacherPair.setTeacherMentorUserId(601);
		teacherPair.setMenteeUserId(602);

		PermissionChecker mentor = mock(PermissionChecker.class);

		when(mentor.getUserId()).thenReturn(601L);

		PermissionChecker mentee = mock(PermissionChecker.class);

		when(mentee.getUserId()).thenReturn(602L);

		assertEquals(Boolean.TRUE, logic.contains(mentor, null, teacherPair, MentoringActionKeys.REPORT));
		assertEquals(null, logic.contains(mentor, null, teacherPair, ActionKeys.DELETE));
		assertEquals(Boolean.TRUE, logic.contains(mentee, null, teacherPair, ActionKeys.VIEW));
		assertEquals(null, logic.contains(mentee, null, teacherPair, ActionKeys.UPDATE));

		PermissionChecker guest = mock(PermissionChecker.class);

		assertEquals(null, logic.contains(guest, null, _assignment(5, 0, 0), ActionKeys.VIEW));
		assertFalse(Boolean.TRUE.equals(logic.contains(guest, null, teacherPair, ActionKeys.VIEW)));
		assertTrue(_mentorAssignments.containsKey(1L));
	}

	private static MentorAssignment _assignment(long id, long curatorUserId, long teacherMentorUserId) {
		MentorAssignment mentorAssignment = new MentorAssignmentImpl();

		mentorAssignment.setMentorAssignmentId(id);
		mentorAssignment.setGroupId(GROUP_ID);
		mentorAssignment.setCompanyId(1);
		mentorAssignment.setUserId(COORDINATOR_ID);
		mentorAssignment.setCuratorUserId(curatorUserId);
		mentorAssignment.setTeacherMentorUserId(teacherMentorUserId);
		mentorAssignment.setStatus("active");

		return mentorAssignment;
	}

	private static SupportEvent _event(long id, long mentorAssignmentId) {
		SupportEvent supportEvent = new SupportEventImpl();

		supportEvent.setSupportEventId(id);
		supportEvent.setMentorAssignmentId(mentorAssignmentId);
		supportEvent.setGroupId(GROUP_ID);

		return supportEvent;
	}

	private void _grant(String name, long primKey, String actionId) {
		_permissions.grant(name, primKey, actionId);
	}

	private void _login(long userId) {
		_permissions.login(userId, 1L);
	}

	private final MentorAssignmentHistoryLocalService _historyLocalService = mock(
		MentorAssignmentHistoryLocalService.class);
	private final MentorAssignmentHistoryServiceImpl _historyService = new MentorAssignmentHistoryServiceImpl();
	private final MentorAssignmentLocalService _mentorAssignmentLocalService = mock(MentorAssignmentLocalService.class);
	private final Map<Long, MentorAssignment> _mentorAssignments = new HashMap<>();
	private final MentorAssignmentServiceImpl _mentorAssignmentService = new MentorAssignmentServiceImpl();
	private final GrantedPermissions _permissions = new GrantedPermissions();
	private final ServiceContext _serviceContext = new ServiceContext();
	private final SupportEventLocalService _supportEventLocalService = mock(SupportEventLocalService.class);
	private final SupportEventServiceImpl _supportEventService = new SupportEventServiceImpl();

}
