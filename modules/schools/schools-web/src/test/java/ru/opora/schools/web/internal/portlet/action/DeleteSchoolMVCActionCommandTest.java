package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

class DeleteSchoolMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		Fields.set(_command, "_portal", _support.portal);
		Fields.set(_command, "_schoolService", _schoolService);
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void deletesTheSchoolAndRedirects() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest("schoolId", "42", "redirect", "/list");

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_schoolService).deleteSchool(42);
		_support.sessionMessages.verify(
			() -> com.liferay.portal.kernel.servlet.SessionMessages.add(
				actionRequest, SchoolsWebKeys.SUCCESS_SCHOOL_DELETED));
		verify(_support.actionResponse).sendRedirect("/list");
	}

	@Test
	void permissionExceptionPropagatesWithoutRedirect() throws Exception {
		when(_schoolService.deleteSchool(anyLong())).thenThrow(new PrincipalException());

		ActionRequest actionRequest = PortletRequests.actionRequest("schoolId", "42", "redirect", "/list");

		assertThrows(
			PrincipalException.class, () -> _command.doProcessAction(actionRequest, _support.actionResponse));
		verify(_support.actionResponse, never()).sendRedirect(anyString());
	}

	private final DeleteSchoolMVCActionCommand _command = new DeleteSchoolMVCActionCommand();
	private final SchoolService _schoolService = mock(SchoolService.class);
	private ActionCommandTestSupport _support;

}
