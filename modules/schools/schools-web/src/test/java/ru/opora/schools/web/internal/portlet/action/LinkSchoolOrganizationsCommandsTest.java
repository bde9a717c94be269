package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.validation.Violations;
import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.organization.OrganizationLinkResult.Entry;
import ru.opora.schools.organization.OrganizationLinkResult.Outcome;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.OrganizationLinksDisplayContext;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** Linking the site's schools to organizations: the action, the screen and its permission. */
class LinkSchoolOrganizationsCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		Fields.set(_actionCommand, "_portal", _support.portal);
		Fields.set(_actionCommand, "_schoolService", _schoolService);
		Fields.set(_renderCommand, "_portal", _support.portal);
		Fields.set(
			_renderCommand, "_portletResourcePermission", _portletResourcePermission);

		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);
		_languageUtil.when(
			() -> LanguageUtil.format(any(HttpServletRequest.class), anyString(), any(Object[].class), eq(false))
		).thenAnswer(
			invocation -> invocation.getArgument(1) + ":" + ((Object[])invocation.getArgument(2))[0]
		);

		when(
			_support.portal.getHttpServletRequest(any(PortletRequest.class))
		).thenReturn(
			mock(HttpServletRequest.class)
		);
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
		_support.close();
	}

	@Test
	void theActionLinksTheSchoolsOfTheScopeGroupAndKeepsTheResultForTheScreen() throws Exception {
		OrganizationLinkResult result = _result();

		when(_schoolService.linkSchoolOrganizations(PortletRequests.SCOPE_GROUP_ID, true)).thenReturn(result);

		ActionRequest actionRequest = PortletRequests.actionRequest("createMissing", "true", "groupId", "999");

		_actionCommand.doProcessAction(actionRequest, _support.actionResponse);

		verify(_schoolService).linkSchoolOrganizations(PortletRequests.SCOPE_GROUP_ID, true);
		_support.sessionMessages.verify(
			() -> SessionMessages.add(actionRequest, SchoolsWebKeys.ORGANIZATION_LINK_RESULT, result));
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_LINK_ORGANIZATIONS);
		verify(_support.renderParameters).setValue("createMissing", "true");
	}

	@Test
	void aSiteWithoutMunicipalityOrganizationComesBackWithTheReason() throws Exception {
		OporaValidationException exception = new OporaValidationException(
			new Violations().add("organizationId", "no-municipality-organization").list());

		when(_schoolService.linkSchoolOrganizations(anyLong(), anyBoolean())).thenThrow(exception);

		ActionRequest actionRequest = PortletRequests.actionRequest();

		_actionCommand.doProcessAction(actionRequest, _support.actionResponse);

		_support.sessionErrors.verify(
			() -> SessionErrors.add(actionRequest, OporaValidationException.class, exception));
		verify(_schoolService).linkSchoolOrganizations(PortletRequests.SCOPE_GROUP_ID, false);
		verify(_support.renderParameters).setValue("mvcRenderCommandName", SchoolsWebKeys.MVC_LINK_ORGANIZATIONS);
	}

	@Test
	void withoutThePermissionTheErrorPropagates() throws Exception {
		when(
			_schoolService.linkSchoolOrganizations(anyLong(), anyBoolean())
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "ru.opora.schools", 0, "MANAGE_ORGANIZATIONS")
		);

		assertThrows(
			PrincipalException.class,
			() -> _actionCommand.doProcessAction(PortletRequests.actionRequest(), _support.actionResponse));
	}

	@Test
	void theScreenNeedsManageOrganizationsAndListsTheSchoolsThatNeedAPersonFirst() throws Exception {
		RenderRequest forbidden = PortletRequests.renderRequest();

		assertEquals("/error.jsp", _renderCommand.render(forbidden, _renderResponse));

		when(
			_portletResourcePermission.contains(
				any(), eq(PortletRequests.SCOPE_GROUP_ID),
				eq(SchoolsActionKeys.MANAGE_ORGANIZATIONS))
		).thenReturn(
			true
		);

		RenderRequest empty = PortletRequests.renderRequest();

		assertEquals("/link_organizations.jsp", _renderCommand.render(empty, _renderResponse));
		assertFalse(_displayContext(empty).hasResult());

		RenderRequest withResult = PortletRequests.renderRequest("createMissing", "true");

		_support.sessionMessages.when(
			() -> SessionMessages.get(withResult, SchoolsWebKeys.ORGANIZATION_LINK_RESULT)
		).thenReturn(
			_result()
		);

		_renderCommand.render(withResult, _renderResponse);

		OrganizationLinksDisplayContext displayContext = _displayContext(withResult);

		assertTrue(displayContext.hasResult());
		assertTrue(displayContext.isCreateMissing());
		assertEquals(
			List.of("СОШ №3", "Лицей", "СОШ №1"),
			displayContext.getEntries().stream().map(Entry::getSchoolName).toList());
		assertEquals(2, displayContext.getCounts().size());
		assertEquals("organization-link-ambiguous", displayContext.getCounts().get(0).getLabel());
		assertTrue(displayContext.getCounts().get(0).isUnresolved());
		assertEquals(2, displayContext.getCounts().get(1).getCount());
		assertEquals("opora-municipality-organization-x:Ивантеевка", displayContext.getMunicipalitySummary());
	}

	private OrganizationLinksDisplayContext _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(SchoolsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return (OrganizationLinksDisplayContext)captor.getValue();
	}

	private static OrganizationLinkResult _result() {
		return new OrganizationLinkResult(
			500, "Ивантеевка", false,
			List.of(
				new Entry(1, "Лицей", Outcome.LINKED, 501, "Лицей"),
				new Entry(2, "СОШ №1", Outcome.LINKED, 502, "СОШ №1"),
				new Entry(3, "СОШ №3", Outcome.AMBIGUOUS, 0, "СОШ №3 (503); сош № 3 (504)")));
	}

	private final LinkSchoolOrganizationsMVCActionCommand _actionCommand =
		new LinkSchoolOrganizationsMVCActionCommand();
	private MockedStatic<LanguageUtil> _languageUtil;
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final LinkSchoolOrganizationsMVCRenderCommand _renderCommand =
		new LinkSchoolOrganizationsMVCRenderCommand();
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private ActionCommandTestSupport _support;

}
