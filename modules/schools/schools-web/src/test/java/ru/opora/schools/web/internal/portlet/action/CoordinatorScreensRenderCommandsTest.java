package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.importer.ImportMode;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.IdentificationRulesDisplayContext;
import ru.opora.schools.web.internal.display.context.ImportResultDisplayContext;
import ru.opora.schools.web.internal.display.context.ImportWorkbookDisplayContext;
import ru.opora.schools.web.internal.util.LastImport;
import ru.opora.testing.portlet.PortletRequests;

/** The import and rules screens need their permission on the site of the page. */
class CoordinatorScreensRenderCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_schoolService.getIdentificationRules(anyLong())).thenReturn(IdentificationRules.defaults());

		_sessionErrors = Mockito.mockStatic(SessionErrors.class);
		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);

		when(_portal.getHttpServletRequest(any(PortletRequest.class))).thenReturn(mock(HttpServletRequest.class));
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
		_sessionErrors.close();
	}

	@Test
	void importFormNeedsImportData() throws Exception {
		ImportWorkbookMVCRenderCommand command = new ImportWorkbookMVCRenderCommand();

		_inject(command);

		RenderRequest forbidden = _renderRequest();

		assertEquals("/error.jsp", command.render(forbidden, _renderResponse));
		_sessionErrors.verify(() -> SessionErrors.add(forbidden, SchoolsWebKeys.ERROR_FORBIDDEN));

		_allow(SchoolsActionKeys.IMPORT_DATA);

		RenderRequest allowed = _renderRequest("mode", "GOOD_ROWS");

		assertEquals("/import_workbook.jsp", command.render(allowed, _renderResponse));

		ImportWorkbookDisplayContext displayContext = (ImportWorkbookDisplayContext)_displayContext(allowed);

		assertEquals(ImportMode.GOOD_ROWS, displayContext.getMode());
		assertEquals(3, displayContext.getModeOptions().size());
		assertTrue(displayContext.getModeOptions().get(2).isSelected());
		assertEquals("opora-import-mode-validate-only", displayContext.getModeOptions().get(0).getLabel());
	}

	@Test
	void importFormDefaultsToCheckOnly() throws Exception {
		_allow(SchoolsActionKeys.IMPORT_DATA);

		ImportWorkbookMVCRenderCommand command = new ImportWorkbookMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = _renderRequest();

		command.render(renderRequest, _renderResponse);

		assertEquals(
			ImportMode.VALIDATE_ONLY, ((ImportWorkbookDisplayContext)_displayContext(renderRequest)).getMode());
	}

	@Test
	void importResultComesFromThePortletSession() throws Exception {
		_allow(SchoolsActionKeys.IMPORT_DATA);

		ViewImportResultMVCRenderCommand command = new ViewImportResultMVCRenderCommand();

		_inject(command);

		RenderRequest withoutImport = _renderRequest();

		assertEquals("/import_workbook.jsp", command.render(withoutImport, _renderResponse));

		RenderRequest withImport = _renderRequest();
		PortletSession portletSession = mock(PortletSession.class);

		when(withImport.getPortletSession(false)).thenReturn(portletSession);
		when(portletSession.getAttribute(SchoolsWebKeys.LAST_IMPORT)).thenReturn(
			new LastImport(
				"f.xlsx", ImportWorkbookMVCActionCommandTest.result(ImportMode.GOOD_ROWS, List.of(), true),
				false));

		assertEquals("/import_result.jsp", command.render(withImport, _renderResponse));
		assertEquals(2, ((ImportResultDisplayContext)_displayContext(withImport)).getAdded());
	}

	@Test
	void rulesNeedManageRulesAndReadTheSchoolsOfTheScopeGroup() throws Exception {
		EditIdentificationRulesMVCRenderCommand command = new EditIdentificationRulesMVCRenderCommand();

		_inject(command);

		RenderRequest forbidden = _renderRequest();

		assertEquals("/error.jsp", command.render(forbidden, _renderResponse));
		verifyNoInteractions(_schoolService);

		_allow(SchoolsActionKeys.MANAGE_RULES);

		RenderRequest allowed = _renderRequest("groupId", "999");

		assertEquals("/edit_identification_rules.jsp", command.render(allowed, _renderResponse));
		verify(_schoolService).getGroupSchools(PortletRequests.SCOPE_GROUP_ID);
		verify(_schoolService, never()).getGroupSchools(999);
		assertTrue(_displayContext(allowed) instanceof IdentificationRulesDisplayContext);
	}

	private void _allow(String actionId) {
		when(
			_portletResourcePermission.contains(
				any(PermissionChecker.class), eq(PortletRequests.SCOPE_GROUP_ID), eq(actionId))
		).thenReturn(
			true
		);
	}

	private Object _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(SchoolsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return captor.getValue();
	}

	private void _inject(Object command) throws Exception {
		for (java.lang.reflect.Field field : command.getClass().getDeclaredFields()) {
			Object value = null;

			if (field.getType() == SchoolService.class) {
				value = _schoolService;
			}
			else if (field.getType() == AssessmentResultService.class) {
				value = mock(AssessmentResultService.class);
			}
			else if (field.getType() == SchoolContextService.class) {
				value = mock(SchoolContextService.class);
			}
			else if (field.getType() == Portal.class) {
				value = _portal;
			}
			else if (field.getType() == PortletResourcePermission.class) {
				value = _portletResourcePermission;
			}

			if (value != null) {
				field.setAccessible(true);
				field.set(command, value);
			}
		}
	}

	private RenderRequest _renderRequest(String... parameters) {
		RenderRequest renderRequest = PortletRequests.renderRequest(parameters);

		when(PortletRequests.themeDisplay(renderRequest).getPermissionChecker()).thenReturn(_permissionChecker);

		return renderRequest;
	}

	private MockedStatic<LanguageUtil> _languageUtil;
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private MockedStatic<SessionErrors> _sessionErrors;

}
