package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.service.AttemptService;
import ru.opora.diagnostics.service.ResultViewService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.AuditLogDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.HomeDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.MyViewsDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/**
 * The audit-log screens: the site's or the region's log through the
 * permission-checked ResultViewService, filters and pages; the teacher's
 * "who viewed my results"; a refusal shows the error page.
 */
class AuditLogRenderCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_resultViewService", _resultViewService);
		Fields.set(_services, "_userLocalService", _userLocalService);
		Fields.set(_services, "_groupLocalService", _groupLocalService);
		Fields.set(_services, "_language", _language);

		when(_language.format(any(Locale.class), anyString(), any(Object[].class), eq(false))).thenAnswer(
			invocation -> {
				String key = invocation.getArgument(1);
				Object[] arguments = invocation.getArgument(2);

				if (key.equals("diagnostics-audit-what-attempt")) {
					return key;
				}

				return (arguments.length == 0) ? "[" + key + "]" : "[" + key + Arrays.toString(arguments) + "]";
			});

		User teacher = mock(User.class);

		when(teacher.getFullName()).thenReturn("Смирнова Ольга Ивановна");
		when(_userLocalService.fetchUser(101)).thenReturn(teacher);

		Group group = mock(Group.class);

		when(group.getName(Locale.US)).thenReturn("Ивантеевка");
		when(_groupLocalService.fetchGroup(20)).thenReturn(group);
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void withoutTheActionTheSiteLogIsTheErrorPage() throws Exception {
		when(_resultViewService.getSiteViewsCount(anyLong(), anyLong(), anyLong())).thenThrow(
			new PrincipalException.MustHavePermission(0, "x", 1, "VIEW_AUDIT_LOG"));

		RenderRequest renderRequest = _renderRequest("scope", "region");

		assertEquals("/error.jsp", _command(new ViewAuditLogMVCRenderCommand()).render(renderRequest, _renderResponse()));
		_sessionErrors.verify(() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)));
		verify(_resultViewService, never()).getRegionViewsCount(anyLong(), anyLong(), anyLong());
	}

	@Test
	void siteLogFilteredByTeacherOnTheSecondPage() throws Exception {
		List<ResultView> page = _views(50);

		when(_resultViewService.getSiteViewsCount(PortletRequests.SCOPE_GROUP_ID, 101, 0)).thenReturn(120);
		when(_resultViewService.getSiteViews(PortletRequests.SCOPE_GROUP_ID, 101, 0, 50, 100)).thenReturn(page);

		RenderRequest renderRequest = _renderRequest("teacherUserId", "101", "page", "2", "scope", "region");

		assertEquals("/audit_log.jsp", _command(new ViewAuditLogMVCRenderCommand()).render(renderRequest, _renderResponse()));

		AuditLogDisplayContext context = (AuditLogDisplayContext)_displayContext(renderRequest);

		assertFalse(context.isRegion(), "the region needs the regional role: the parameter is not enough");
		verify(_resultViewService, never()).getRegionViews(anyLong(), anyLong(), anyLong(), anyInt(), anyInt());
		assertEquals(page, context.getViews());
		assertEquals(2, context.getPage());
		assertEquals(3, context.getPageCount());
		assertTrue(context.hasPrevious());
		assertTrue(context.hasNext());
		assertEquals("[diagnostics-audit-rows[51, 100, 120]]", context.getPageSummary());
		assertEquals(101, context.getTeacherUserId());
		assertEquals("Смирнова Ольга Ивановна", context.getTeacherFilterName());
		assertEquals("Смирнова Ольга Ивановна", context.getTeacherName(page.get(0)));
		assertEquals("Просматривающий 0", context.getViewerName(page.get(0)));
		assertEquals("[diagnostics-audit-what-result]", context.getWhatLabel(page.get(0)));
		assertEquals("attempt", context.getWhatLabel(page.get(1)), "an untranslated kind shows as stored");
		assertEquals("Ивантеевка", context.getSiteName(page.get(0)));

		context.filterURL("viewerUserId", 201);

		assertTrue(_urlValues.contains("viewerUserId=201"), _urlValues.toString());
		assertTrue(_urlValues.contains("teacherUserId=101"), "the other filter is kept");
	}

	@Test
	void regionLogForTheRegionalRole() throws Exception {
		when(_resultViewService.hasRegionAccess(PortletRequests.SCOPE_GROUP_ID)).thenReturn(true);
		when(_resultViewService.getRegionViewsCount(PortletRequests.SCOPE_GROUP_ID, 0, 201)).thenReturn(2);
		List<ResultView> views = _views(2);

		when(_resultViewService.getRegionViews(PortletRequests.SCOPE_GROUP_ID, 0, 201, 0, 50)).thenReturn(views);

		RenderRequest renderRequest = _renderRequest("scope", "region", "viewerUserId", "201", "page", "9");

		assertEquals("/audit_log.jsp", _command(new ViewAuditLogMVCRenderCommand()).render(renderRequest, _renderResponse()));

		AuditLogDisplayContext context = (AuditLogDisplayContext)_displayContext(renderRequest);

		assertTrue(context.isRegion());
		assertEquals(1, context.getPage(), "a page past the end shows the last one");
		assertFalse(context.hasNext());
		assertFalse(context.hasPrevious());
		assertEquals(2, context.getViews().size());
		assertEquals("Просматривающий 0", context.getViewerFilterName());
		verify(_resultViewService, never()).getSiteViews(anyLong(), anyLong(), anyLong(), anyInt(), anyInt());
	}

	@Test
	void myViewsAreTheViewsByOthers() throws Exception {
		ResultView formerUser = mock(ResultView.class);

		when(formerUser.getUserId()).thenReturn(999L);
		when(formerUser.getUserName()).thenReturn("");
		when(formerUser.getCreateDate()).thenReturn(new Date(0));
		when(_resultViewService.getMyViewsCount()).thenReturn(1);
		when(_resultViewService.getMyViews(0, 50)).thenReturn(List.of(formerUser));

		RenderRequest renderRequest = _renderRequest();

		assertEquals("/my_views.jsp", _command(new ViewMyViewsMVCRenderCommand()).render(renderRequest, _renderResponse()));

		MyViewsDisplayContext context = (MyViewsDisplayContext)_displayContext(renderRequest);

		assertEquals(1, context.getTotal());
		assertEquals("[diagnostics-audit-unknown-user[999]]", context.getViewerName(formerUser));
		String when = context.formatDateTime(formerUser);

		assertTrue(when.startsWith("Jan 1, 1970") && when.contains("3:00"), "in the viewer's time zone: " + when);
	}

	@Test
	void homeCountsTheViewsByOthers() throws Exception {
		AttemptService attemptService = mock(AttemptService.class);

		Fields.set(_services, "_attemptService", attemptService);
		when(attemptService.hasConsent()).thenReturn(true);
		when(attemptService.getMyAttempts()).thenReturn(List.of());
		when(_resultViewService.getMyViewsCount()).thenReturn(4);

		RenderRequest renderRequest = _renderRequest();

		assertEquals("/view.jsp", _command(new ViewHomeMVCRenderCommand()).render(renderRequest, _renderResponse()));
		assertEquals(4, ((HomeDisplayContext)_displayContext(renderRequest)).getViewsByOthers());
	}

	@Test
	void aMunicipalityWithDiagnosticsOffShowsTheNoticeOnEveryScreen() throws Exception {
		OporaFeatureService oporaFeatureService = mock(OporaFeatureService.class);
		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(oporaFeatureService.isEnabled(PortletRequests.SCOPE_GROUP_ID, OporaFeature.DIAGNOSTICS)).thenReturn(false);
		when(permissionChecker.isGroupAdmin(PortletRequests.SCOPE_GROUP_ID)).thenReturn(true);
		Fields.set(_services, "_oporaFeatureService", oporaFeatureService);

		for (BaseDisplayContextMVCRenderCommand command : List.of(
				new ViewHomeMVCRenderCommand(), new ViewAuditLogMVCRenderCommand(), new ViewMyViewsMVCRenderCommand())) {

			RenderRequest renderRequest = _renderRequest();
			ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

			when(themeDisplay.getPermissionChecker()).thenReturn(permissionChecker);

			assertEquals("/feature_disabled.jsp", _command(command).render(renderRequest, _renderResponse()));
			verify(renderRequest).setAttribute(BaseDisplayContextMVCRenderCommand.FEATURE_ADMIN, true);
			verify(renderRequest, never()).setAttribute(eq(DiagnosticsWebKeys.DISPLAY_CONTEXT), any());
		}

		verify(_resultViewService, never()).getMyViewsCount();
		verify(_resultViewService, never()).getSiteViewsCount(anyLong(), anyLong(), anyLong());
	}

	@Test
	void noViewsNoPageRead() throws Exception {
		when(_resultViewService.getMyViewsCount()).thenReturn(0);

		RenderRequest renderRequest = _renderRequest();

		assertEquals("/my_views.jsp", _command(new ViewMyViewsMVCRenderCommand()).render(renderRequest, _renderResponse()));

		MyViewsDisplayContext context = (MyViewsDisplayContext)_displayContext(renderRequest);

		assertTrue(context.getViews().isEmpty());
		assertEquals("", context.getPageSummary());
		verify(_resultViewService, never()).getMyViews(anyInt(), anyInt());
	}

	private <T> T _command(T command) throws Exception {
		return Fields.set(command, "_diagnosticsServices", _services);
	}

	private Object _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(DiagnosticsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return captor.getValue();
	}

	private RenderRequest _renderRequest(String... parameters) {
		RenderRequest renderRequest = PortletRequests.renderRequest(parameters);
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

		when(themeDisplay.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Moscow"));

		return renderRequest;
	}

	private RenderResponse _renderResponse() {
		RenderResponse renderResponse = mock(RenderResponse.class);

		when(renderResponse.createRenderURL()).thenAnswer(
			invocation -> {
				PortletURL portletURL = mock(PortletURL.class);
				MutableRenderParameters parameters = mock(MutableRenderParameters.class);

				when(parameters.setValue(anyString(), anyString())).thenAnswer(
					setValue -> {
						_urlValues.add(setValue.getArgument(0) + "=" + setValue.getArgument(1));

						return null;
					});
				when(portletURL.getRenderParameters()).thenReturn(parameters);

				return portletURL;
			});

		return renderResponse;
	}

	private List<ResultView> _views(int count) {
		List<ResultView> views = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			ResultView view = mock(ResultView.class);

			when(view.getUserId()).thenReturn(201L + i);
			when(view.getUserName()).thenReturn("Просматривающий " + i);
			when(view.getTeacherUserId()).thenReturn(101L);
			when(view.getGroupId()).thenReturn(20L);
			when(view.getWhat()).thenReturn((i == 1) ? "attempt" : "result");
			when(view.getCreateDate()).thenReturn(new Date(0));
			views.add(view);
		}

		return views;
	}

	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final Language _language = mock(Language.class);
	private final ResultViewService _resultViewService = mock(ResultViewService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();
	private final List<String> _urlValues = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
