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

import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.validation.Violation;

import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

class EditSchoolContextMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		Fields.set(_command, "_portal", _support.portal);
		Fields.set(_command, "_schoolContextService", _schoolContextService);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void contextIsSavedWithUnknownSharesAsNull() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "year", "2024", "pupilsCount", "312", "shareSingleParent", "24,5",
			"shareBothParentsHigherEducation", "10", "shareParentHigherEducation", "35", "shareDeviantRegistered", "",
			"shareNonNativeRussian", "3", "shareLowIncome", "", "teacherVacancies", "2",
			"shareTeachersAged65Plus", "12", "shareTeachersDoubleLoad", "", "needsMajorRepair", "true",
			"hasHighSpeedInternet", "false", "hasGrowthPointCentre", "true", "redirect", "/card");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_schoolContextService).updateSchoolContext(
			7,
			new ContextFigures(
				2024, 312, 24.5, 10.0, 35.0, null, 3.0, null, 2, 12.0, null, true, false, true),
			_support.serviceContext);
		_support.sessionMessages.verify(
			() -> SessionMessages.add(actionRequest, SchoolsWebKeys.SUCCESS_CONTEXT_SAVED));
		verify(_support.actionResponse).sendRedirect("/card");
	}

	@Test
	void blankRequiredCountAndBadShareAreRejected() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "year", "2024", "pupilsCount", "", "shareSingleParent", "150",
			"teacherVacancies", "0");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verifyNoInteractions(_schoolContextService);

		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		_support.sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(OporaValidationException.class), captor.capture()));

		assertEquals(
			List.of(
				Violation.of("pupilsCount", "required"),
				Violation.of("shareSingleParent", "out-of-range", 0, 100)),
			((OporaValidationException)captor.getValue()).getViolations());
		verify(_support.renderParameters).setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT);
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	@Test
	void permissionExceptionPropagates() throws Exception {
		when(_schoolContextService.updateSchoolContext(anyLong(), any(), any())).thenThrow(
			new PrincipalException());

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "7", "year", "2024", "pupilsCount", "10", "teacherVacancies", "0");

		assertThrows(
			PrincipalException.class, () -> _command.doProcessAction(actionRequest, _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final EditSchoolContextMVCActionCommand _command = new EditSchoolContextMVCActionCommand();
	private final SchoolContextService _schoolContextService = mock(SchoolContextService.class);
	private ActionCommandTestSupport _support;

}
