package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.service.ResultViewService;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.diagnostics.web.internal.util.XlsxTable;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/** The audit log's export: the screen's scope and filters, every page read once, refusals not swallowed. */
class ExportAuditLogMVCResourceCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_resultViewService", _resultViewService);
		Fields.set(_services, "_userLocalService", _userLocalService);
		Fields.set(_services, "_language", _language);
		Fields.set(_services, "_groupLocalService", mock(GroupLocalService.class));

		when(_language.get(any(Locale.class), anyString())).thenAnswer(invocation -> invocation.getArgument(1));
		when(_language.format(any(Locale.class), anyString(), any(Object[].class), eq(false))).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "]");

		User teacher = mock(User.class);

		when(teacher.getFullName()).thenReturn("Смирнова Ольга Ивановна");
		when(_userLocalService.fetchUser(101)).thenReturn(teacher);
	}

	@Test
	void everyPageOfTheFilteredSiteLogOnceInTheFile() throws Exception {
		when(_resultViewService.getSiteViewsCount(PortletRequests.SCOPE_GROUP_ID, 101, 0)).thenReturn(1500);

		List<ResultView> first = _views(1, 1000);
		List<ResultView> second = _views(1000, 1499);

		when(_resultViewService.getSiteViews(PortletRequests.SCOPE_GROUP_ID, 101, 0, 0, 1000)).thenReturn(first);
		when(_resultViewService.getSiteViews(PortletRequests.SCOPE_GROUP_ID, 101, 0, 1000, 1500)).thenReturn(second);

		List<List<String>> rows = _export("teacherUserId", "101", "scope", "region");

		assertEquals(
			List.of("diagnostics-audit-when", "diagnostics-audit-viewer", "diagnostics-audit-teacher",
				"diagnostics-audit-what"),
			rows.get(0), "no site column: the region needs the regional role");
		assertEquals(1 + 1499, rows.size(), "the view read twice (the log grew meanwhile) is written once");
		assertEquals("Просматривающий 1", rows.get(1).get(1));
		assertEquals("Смирнова Ольга Ивановна", rows.get(1).get(2));
		assertEquals("[diagnostics-audit-what-result]", rows.get(1).get(3));
		verify(_resultViewService, never()).getRegionViews(anyLong(), anyLong(), anyLong(), anyInt(), anyInt());
	}

	@Test
	void theRegionWithItsSiteColumnForTheRegionalRole() throws Exception {
		when(_resultViewService.hasRegionAccess(PortletRequests.SCOPE_GROUP_ID)).thenReturn(true);
		when(_resultViewService.getRegionViewsCount(PortletRequests.SCOPE_GROUP_ID, 0, 0)).thenReturn(2);

		List<ResultView> views = _views(1, 2);

		when(_resultViewService.getRegionViews(PortletRequests.SCOPE_GROUP_ID, 0, 0, 0, 2)).thenReturn(views);

		List<List<String>> rows = _export("scope", "region");

		assertEquals("diagnostics-audit-site", rows.get(0).get(1));
		assertEquals(3, rows.size());
		assertEquals("20", rows.get(1).get(1), "a site the portal no longer has shows its id");
	}

	@Test
	void aRefusalIsNotAnEmptyFile() throws Exception {
		when(_resultViewService.getSiteViewsCount(anyLong(), anyLong(), anyLong())).thenThrow(
			new PrincipalException.MustHavePermission(0, "x", 1, "VIEW_AUDIT_LOG"));

		ResourceResponse resourceResponse = mock(ResourceResponse.class);

		assertThrows(
			PrincipalException.class,
			() -> _command().doServeResource(_request(), resourceResponse));
		verify(resourceResponse, never()).getPortletOutputStream();
	}

	private ExportAuditLogMVCResourceCommand _command() throws Exception {
		return Fields.set(new ExportAuditLogMVCResourceCommand(), "_diagnosticsServices", _services);
	}

	private List<List<String>> _export(String... parameters) throws Exception {
		ResourceResponse resourceResponse = mock(ResourceResponse.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		when(resourceResponse.getPortletOutputStream()).thenReturn(out);

		_command().doServeResource(_request(parameters), resourceResponse);

		Path file = Files.createTempFile("audit", ".xlsx");

		try {
			Files.write(file, out.toByteArray());

			return XlsxTable.read(file.toFile());
		}
		finally {
			Files.delete(file);
		}
	}

	private ResourceRequest _request(String... parameters) {
		ResourceRequest resourceRequest = PortletRequests.resourceRequest(parameters);
		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(WebKeys.THEME_DISPLAY);

		when(themeDisplay.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Moscow"));

		return resourceRequest;
	}

	/** Views with ids from..to (inclusive). */
	private List<ResultView> _views(long from, long to) {
		List<ResultView> views = new ArrayList<>();

		for (long id = from; id <= to; id++) {
			ResultView view = mock(ResultView.class);

			when(view.getResultViewId()).thenReturn(id);
			when(view.getUserId()).thenReturn(200 + id);
			when(view.getUserName()).thenReturn("Просматривающий " + id);
			when(view.getTeacherUserId()).thenReturn(101L);
			when(view.getGroupId()).thenReturn(20L);
			when(view.getWhat()).thenReturn("result");
			when(view.getCreateDate()).thenReturn(new Date(0));
			views.add(view);
		}

		return views;
	}

	private final Language _language = mock(Language.class);
	private final ResultViewService _resultViewService = mock(ResultViewService.class);
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
