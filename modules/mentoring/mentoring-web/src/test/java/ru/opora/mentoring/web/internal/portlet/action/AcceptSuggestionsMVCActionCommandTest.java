package ru.opora.mentoring.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorSuggestion;
import ru.opora.mentoring.model.MentorSuggestions;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.testing.portlet.PortletRequests;

class AcceptSuggestionsMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		ActionCommandTestSupport.inject(_command, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_command, "_oporaFeatureService", _oporaFeatureService);

		when(_oporaFeatureService.getCuratorCapacity(anyLong())).thenReturn(2);
		ActionCommandTestSupport.inject(_command, "_mentorAssignmentService", _service);
		ActionCommandTestSupport.inject(_command, "_schoolService", _schoolService);
		ActionCommandTestSupport.inject(_command, "_assessmentResultService", mock(AssessmentResultService.class));
		ActionCommandTestSupport.inject(_command, "_schoolContextService", mock(SchoolContextService.class));

		when(_schoolService.getGroupSchools(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of());
		when(_schoolService.getIdentificationRules(PortletRequests.SCOPE_GROUP_ID)).thenReturn(
			IdentificationRules.defaults());
		when(
			_service.suggestAssignments(eq(PortletRequests.SCOPE_GROUP_ID), anyList(), anyList(), isNull())
		).thenReturn(
			new MentorSuggestions(List.of(_first, _second, _third), List.of(4L), 21)
		);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void acceptsTheTickedPairsOfTheRecomputedSuggestion() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"pairs", "3-30", "pairs", "1-10", "startDate", "2025-09-01", "endDate", "2026-05-31", "groupId", "777",
			"redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		// The unticked pair 2-20 is rejected: it is not passed on

		verify(_service).acceptSuggestions(
			PortletRequests.SCOPE_GROUP_ID, List.of(_first, _third), LocalDate.of(2025, 9, 1),
			LocalDate.of(2026, 5, 31), 2, _support.serviceContext);
		verify(_schoolService).getIdentificationRules(PortletRequests.SCOPE_GROUP_ID);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_SUGGESTIONS_ACCEPTED, "/list");
	}

	@Test
	void nothingTickedAndNoStartAreViolationsBeforeAnyServiceCall() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("endDate", "2026-05-31", "redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		List<Violation> violations = _support.assertFormShownAgain(
			actionRequest, MentoringWebKeys.MVC_VIEW_SUGGESTIONS);

		ActionCommandTestSupport.assertViolation(violations, "pairs", "required");
		ActionCommandTestSupport.assertViolation(violations, "startDate", "required");
		verifyNoInteractions(_service);
	}

	@Test
	void aPairNoLongerSuggestedIsAViolation() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"pairs", "1-10", "pairs", "2-30", "startDate", "2025-09-01", "redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_VIEW_SUGGESTIONS), "pairs",
			"suggestion-changed");
		verify(_service, never()).acceptSuggestions(anyLong(), anyList(), any(), any(), anyInt(), any());
	}

	@Test
	void serviceViolationsOfTheBatchShowTheScreenAgain() throws Exception {
		when(
			_service.acceptSuggestions(anyLong(), anyList(), any(), any(), anyInt(), any())
		).thenThrow(
			new MentoringValidationException(
				List.of(Violation.of("suggestions[1].mentorSchoolId", "capacity-exceeded", 2, 2)))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"pairs", "1-10", "startDate", "2025-09-01", "redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_VIEW_SUGGESTIONS),
			"suggestions[1].mentorSchoolId", "capacity-exceeded");
	}

	@Test
	void permissionExceptionPropagatesWithoutRedirect() throws Exception {
		when(
			_service.suggestAssignments(anyLong(), anyList(), anyList(), any())
		).thenThrow(
			new PrincipalException()
		);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"pairs", "1-10", "startDate", "2025-09-01", "redirect", "/list");

		assertThrows(
			PrincipalException.class, () -> _command.doProcessAction(actionRequest, _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final AcceptSuggestionsMVCActionCommand _command = new AcceptSuggestionsMVCActionCommand();
	private final MentorSuggestion _first = new MentorSuggestion(
		1, 10, 5, List.of(new CostComponent("opora-mentoring-cost-no-cooperation", 2, List.of())));
	private final SchoolService _schoolService = mock(SchoolService.class);
	private final MentorSuggestion _second = new MentorSuggestion(2, 20, 7, List.of());
	private final MentorSuggestion _third = new MentorSuggestion(3, 30, 9, List.of());
	private final MentorAssignmentService _service = mock(MentorAssignmentService.class);
	private ActionCommandTestSupport _support;

	private final OporaFeatureService _oporaFeatureService = mock(OporaFeatureService.class);

}
