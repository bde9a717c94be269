package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;
import ru.opora.domain.validation.Violation;

import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.testing.portlet.PortletRequests;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EditSchoolMVCActionCommandTest {

	@BeforeEach
	void setUp() {
		_serviceContextFactory = Mockito.mockStatic(ServiceContextFactory.class);
		_sessionErrors = Mockito.mockStatic(SessionErrors.class);
		_sessionMessages = Mockito.mockStatic(SessionMessages.class);

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(anyString(), any(PortletRequest.class))
		).thenReturn(
			_serviceContext
		);

		when(_portal.escapeRedirect(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
		when(_portal.getPortletId(any(PortletRequest.class))).thenReturn("schools");
		when(_actionResponse.getRenderParameters()).thenReturn(_renderParameters);
	}

	@AfterEach
	void tearDown() {
		_serviceContextFactory.close();
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void newSchoolIsAddedToTheScopeGroupOfThePage() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "0", "name", " МБОУ СОШ № 1 ", "shortName", "СОШ № 1", "address", "с. Лесное",
			"settlementType", "rural", "level", "secondary", "smallSchool", "true", "branchOfSchoolId", "0",
			"distanceToCentreKm", "12,5", "headName", "Иванова А. П.", "phone", "+7 900 000-00-00",
			"email", "school1@example.ru", "federalLogin", "sch1", "status", "active", "groupId", "999",
			"redirect", "/schools");

		_command.doProcessAction(actionRequest, _actionResponse);

		verify(_schoolService).addSchool(
			PortletRequests.SCOPE_GROUP_ID,
			new SchoolData(
				0, "МБОУ СОШ № 1", "СОШ № 1", "с. Лесное", SettlementType.RURAL, SchoolLevel.SECONDARY, true, 0,
				12.5, "Иванова А. П.", "+7 900 000-00-00", "school1@example.ru", "sch1", SchoolStatus.ACTIVE),
			_serviceContext);
		verify(_schoolService, never()).updateSchool(anyLong(), any(), any());
		_sessionMessages.verify(() -> SessionMessages.add(actionRequest, SchoolsWebKeys.SUCCESS_SCHOOL_SAVED));
		verify(_actionResponse).sendRedirect("/schools");
	}

	@Test
	void existingSchoolIsUpdated() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"schoolId", "42", "name", "ООШ с. Берёзовка", "settlementType", "rural", "level", "basic",
			"status", "reorganised", "branchOfSchoolId", "41");

		_command.doProcessAction(actionRequest, _actionResponse);

		ArgumentCaptor<SchoolData> captor = ArgumentCaptor.forClass(SchoolData.class);

		verify(_schoolService).updateSchool(eq(42L), captor.capture(), eq(_serviceContext));
		verify(_schoolService, never()).addSchool(anyLong(), any(), any());

		SchoolData schoolData = captor.getValue();

		assertEquals(42, schoolData.schoolId());
		assertEquals(SchoolLevel.BASIC, schoolData.level());
		assertEquals(SchoolStatus.REORGANISED, schoolData.status());
		assertEquals(41, schoolData.branchOfSchoolId());
		assertEquals(null, schoolData.distanceToCentreKm());
		assertEquals(false, schoolData.smallSchool());
	}

	@Test
	void rejectedSchoolGoesToSessionErrorsAndTheFormComesBack() throws Exception {
		OporaValidationException exception = new OporaValidationException(
			List.of(Violation.of("branchOfSchoolId", "unknown-school")));

		when(_schoolService.addSchool(anyLong(), any(), any())).thenThrow(exception);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"name", "Школа", "settlementType", "urban", "level", "primary", "status", "active",
			"branchOfSchoolId", "777", "redirect", "/schools");

		_command.doProcessAction(actionRequest, _actionResponse);

		_sessionErrors.verify(() -> SessionErrors.add(actionRequest, OporaValidationException.class, exception));
		verify(_portal).copyRequestParameters(actionRequest, _actionResponse);
		verify(_renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_EDIT_SCHOOL);
		verify(_actionResponse, never()).sendRedirect(anyString());
		_sessionMessages.verify(
			() -> SessionMessages.add(actionRequest, SchoolsWebKeys.SUCCESS_SCHOOL_SAVED), Mockito.never());
	}

	@Test
	void unreadableNumberIsRejectedBeforeTheServiceTogetherWithDomainViolations() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"name", "", "settlementType", "urban", "level", "primary", "status", "active",
			"distanceToCentreKm", "далеко");

		_command.doProcessAction(actionRequest, _actionResponse);

		verifyNoInteractions(_schoolService);

		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		_sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(OporaValidationException.class), captor.capture()));

		OporaValidationException exception = (OporaValidationException)captor.getValue();

		assertEquals(
			List.of(
				Violation.of("distanceToCentreKm", "not-a-number"), Violation.of("name", "required"),
				Violation.of("federalLogin", "required")),
			exception.getViolations());
		verify(_actionResponse, never()).sendRedirect(anyString());
	}

	@Test
	void permissionExceptionPropagates() throws Exception {
		PrincipalException principalException = new PrincipalException.MustHavePermission(0, "School", 0, "ADD_SCHOOL");

		when(_schoolService.addSchool(anyLong(), any(), any())).thenThrow(principalException);

		ActionRequest actionRequest = PortletRequests.actionRequest(
			"name", "Школа", "settlementType", "urban", "level", "primary", "status", "active");

		assertSame(
			principalException,
			assertThrows(PrincipalException.class, () -> _command.doProcessAction(actionRequest, _actionResponse)));
		verify(_actionResponse, never()).sendRedirect(anyString());
	}

	@Mock
	private ActionResponse _actionResponse;

	@InjectMocks
	private EditSchoolMVCActionCommand _command;

	@Mock
	private Portal _portal;

	@Mock
	private MutableRenderParameters _renderParameters;

	@Mock
	private SchoolService _schoolService;

	private final ServiceContext _serviceContext = mock(ServiceContext.class);
	private MockedStatic<ServiceContextFactory> _serviceContextFactory;
	private MockedStatic<SessionErrors> _sessionErrors;
	private MockedStatic<SessionMessages> _sessionMessages;

}
