package ru.opora.portal.setup.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.model.LayoutConstants;
import com.liferay.portal.kernel.model.LayoutSetPrototype;
import com.liferay.portal.kernel.model.LayoutTypePortlet;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.LayoutLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The installer against an in-memory portal instance (site templates, the
 * template's private pages by friendly URL, the widgets of each page, the
 * portlets the portal knows): the first run creates the template, its two
 * widget pages and its theme, a second run creates nothing, and a partial
 * state gets only its missing pieces.
 */
class OporaSiteTemplateInstallerTest {

	@BeforeEach
	void setUp() throws Exception {
		Role administratorRole = mock(Role.class);

		when(administratorRole.getRoleId()).thenReturn(ADMINISTRATOR_ROLE_ID);
		when(_roleLocalService.getRole(COMPANY_ID, RoleConstants.ADMINISTRATOR)).thenReturn(administratorRole);
		when(_userLocalService.getRoleUserIds(ADMINISTRATOR_ROLE_ID)).thenReturn(new long[] {20130, ADMIN_USER_ID});

		LayoutSetPrototype other = mock(LayoutSetPrototype.class);

		when(other.getNameMap()).thenReturn(Map.of(_RUSSIAN, "Интранет"));

		_templates.add(other);

		when(_layoutSetPrototypeLocalService.getLayoutSetPrototypes(COMPANY_ID)).thenAnswer(
			invocation -> List.copyOf(_templates));
		when(
			_layoutSetPrototypeLocalService.addLayoutSetPrototype(
				eq(ADMIN_USER_ID), eq(COMPANY_ID), anyMap(), anyMap(), eq(true), eq(true), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				LayoutSetPrototype template = mock(LayoutSetPrototype.class);

				when(template.getGroupId()).thenReturn(TEMPLATE_GROUP_ID);
				when(template.getNameMap()).thenReturn(invocation.getArgument(2));

				_templates.add(template);

				return template;
			}
		);

		when(_layoutLocalService.fetchLayoutByFriendlyURL(eq(TEMPLATE_GROUP_ID), eq(true), anyString())).thenAnswer(
			invocation -> _layouts.get(invocation.getArgument(2, String.class)));
		when(
			_layoutLocalService.addLayout(
				eq(ADMIN_USER_ID), eq(TEMPLATE_GROUP_ID), eq(true), eq(LayoutConstants.DEFAULT_PARENT_LAYOUT_ID),
				anyMap(), anyMap(), anyMap(), anyMap(), anyMap(), eq(LayoutConstants.TYPE_PORTLET), eq(""), eq(false),
				anyMap(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				Map<Locale, String> friendlyURLMap = invocation.getArgument(12);
				String friendlyURL = friendlyURLMap.get(_RUSSIAN);

				_pageNames.put(friendlyURL, invocation.getArgument(4));

				return _layout(friendlyURL);
			}
		);
	}

	@Test
	void firstRunCreatesTheTemplateSecondRunCreatesNothing() throws Exception {
		OporaSiteTemplateInstaller.Report report = _installer().install(COMPANY_ID);

		assertTrue(report.isTemplateCreated());
		assertTrue(report.isComplete(), report.toString());
		assertEquals(List.of("/schools", "/mentoring", "/risk-profile", "/cooperation", "/diagnostics", "/library"), report.getPagesAdded());

		// The template: Russian and English names, no default "home" page, owned by the first administrator.

		ArgumentCaptor<Map<Locale, String>> nameMap = ArgumentCaptor.forClass(Map.class);
		ArgumentCaptor<ServiceContext> serviceContext = ArgumentCaptor.forClass(ServiceContext.class);

		verify(_layoutSetPrototypeLocalService).addLayoutSetPrototype(
			eq(ADMIN_USER_ID), eq(COMPANY_ID), nameMap.capture(), anyMap(), eq(true), eq(true),
			serviceContext.capture());
		assertEquals("Опора: муниципалитет", nameMap.getValue().get(_RUSSIAN));
		assertEquals("Opora: municipality", nameMap.getValue().get(Locale.US));
		assertEquals(Boolean.FALSE, serviceContext.getValue().getAttribute("addDefaultLayout"));
		assertEquals(COMPANY_ID, serviceContext.getValue().getCompanyId());

		// The Opora theme on the template's (private) pages.

		verify(_layoutSetLocalService).updateLookAndFeel(TEMPLATE_GROUP_ID, true, "opora_WAR_oporatheme", "", "");

		// Two private widget pages, one column, each with its widget, saved.

		assertEquals(List.of("/schools", "/mentoring", "/risk-profile", "/cooperation", "/diagnostics", "/library"), List.copyOf(_layouts.keySet()));
		assertEquals("Школы", _pageNames.get("/schools").get(_RUSSIAN));
		assertEquals("Наставничество", _pageNames.get("/mentoring").get(_RUSSIAN));
		assertEquals("Schools", _pageNames.get("/schools").get(Locale.US));

		_assertWidgetPage("/schools", "ru_opora_schools_web_SchoolsPortlet");
		_assertWidgetPage("/mentoring", "ru_opora_mentoring_web_MentoringPortlet");
		_assertWidgetPage("/library", "ru_opora_library_web_LibraryPortlet");
		_assertWidgetPage("/risk-profile", "ru_opora_riskprofile_web_RiskProfilePortlet");
		_assertWidgetPage("/cooperation", "ru_opora_cooperation_web_CooperationPortlet");
		_assertWidgetPage("/diagnostics", "ru_opora_diagnostics_web_DiagnosticsPortlet");
		assertEquals("Профиль рисков", _pageNames.get("/risk-profile").get(_RUSSIAN));
		assertEquals("Методическая библиотека", _pageNames.get("/library").get(_RUSSIAN));

		assertSame(_templates.get(1), OporaSiteTemplateInstaller.fetchTemplate(_layoutSetPrototypeLocalService, COMPANY_ID));

		// Second run: found by name, pages by friendly URL, widgets on them: nothing is created or saved.

		clearInvocations(_layoutLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService);

		for (LayoutTypePortlet layoutTypePortlet : _layoutTypes.values()) {
			clearInvocations(layoutTypePortlet);
		}

		report = _installer().install(COMPANY_ID);

		assertFalse(report.isChanged(), report.toString());
		assertTrue(report.isComplete());
		_verifyNothingCreated();

		for (LayoutTypePortlet layoutTypePortlet : _layoutTypes.values()) {
			verify(layoutTypePortlet, never()).addPortletId(anyLong(), anyString(), anyString(), anyInt(), anyBoolean());
		}
	}

	@Test
	void partialTemplateGetsOnlyItsMissingPieces() throws Exception {
		_installer().install(COMPANY_ID);

		// An administrator deleted the mentoring page and took the widget off the schools page.

		_layouts.remove("/mentoring");
		_widgets.get("/schools").clear();

		clearInvocations(_layoutLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService);

		OporaSiteTemplateInstaller.Report report = _installer().install(COMPANY_ID);

		assertFalse(report.isTemplateCreated());
		assertEquals(List.of("/mentoring"), report.getPagesAdded());
		assertEquals(
			List.of("ru_opora_schools_web_SchoolsPortlet", "ru_opora_mentoring_web_MentoringPortlet"),
			report.getPortletsAdded());
		verify(_layoutSetPrototypeLocalService, never()).addLayoutSetPrototype(
			anyLong(), anyLong(), anyMap(), anyMap(), anyBoolean(), anyBoolean(), any(ServiceContext.class));
		verify(_layoutSetLocalService, never()).updateLookAndFeel(
			anyLong(), anyBoolean(), anyString(), anyString(), anyString());
		assertEquals(Set.of("ru_opora_schools_web_SchoolsPortlet"), _widgets.get("/schools"));
		assertEquals(Set.of("ru_opora_mentoring_web_MentoringPortlet"), _widgets.get("/mentoring"));
	}

	@Test
	void widgetUnknownToThePortalIsAddedByALaterRun() throws Exception {
		_knownPortlets.remove("ru_opora_mentoring_web_MentoringPortlet");

		OporaSiteTemplateInstaller.Report report = _installer().install(COMPANY_ID);

		assertFalse(report.isComplete());
		assertEquals(List.of("ru_opora_mentoring_web_MentoringPortlet"), report.getUnregisteredPortlets());
		assertEquals(List.of("/schools", "/mentoring", "/risk-profile", "/cooperation", "/diagnostics", "/library"), report.getPagesAdded());
		assertTrue(_widgets.get("/mentoring").isEmpty());

		// The new page is saved anyway (its one-column layout).

		Layout mentoring = _layouts.get("/mentoring");

		verify(_layoutLocalService).updateLayout(
			TEMPLATE_GROUP_ID, true, mentoring.getLayoutId(), mentoring.getTypeSettings());

		_knownPortlets.add("ru_opora_mentoring_web_MentoringPortlet");

		clearInvocations(_layoutLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService);

		report = _installer().install(COMPANY_ID);

		assertTrue(report.isComplete());
		assertEquals(List.of(), report.getPagesAdded());
		assertEquals(List.of("ru_opora_mentoring_web_MentoringPortlet"), report.getPortletsAdded());
		assertEquals(Set.of("ru_opora_mentoring_web_MentoringPortlet"), _widgets.get("/mentoring"));
		verify(_layoutLocalService, never()).addLayout(
			anyLong(), anyLong(), anyBoolean(), anyLong(), anyMap(), anyMap(), anyMap(), anyMap(), anyMap(),
			anyString(), anyString(), anyBoolean(), anyMap(), any(ServiceContext.class));
	}

	private void _assertWidgetPage(String friendlyURL, String portletId) throws Exception {
		Layout layout = _layouts.get(friendlyURL);
		LayoutTypePortlet layoutTypePortlet = _layoutTypes.get(friendlyURL);

		assertEquals(Set.of(portletId), _widgets.get(friendlyURL));
		verify(layoutTypePortlet).setLayoutTemplateId(ADMIN_USER_ID, "1_column", false);
		verify(layoutTypePortlet).addPortletId(ADMIN_USER_ID, portletId, "column-1", -1, false);
		verify(_layoutLocalService).updateLayout(
			TEMPLATE_GROUP_ID, true, layout.getLayoutId(), layout.getTypeSettings());
	}

	private OporaSiteTemplateInstaller _installer() {
		return new OporaSiteTemplateInstaller(
			_layoutLocalService, _layoutSetLocalService, _layoutSetPrototypeLocalService, _roleLocalService,
			_userLocalService);
	}

	private Layout _layout(String friendlyURL) {
		Layout layout = mock(Layout.class);
		LayoutTypePortlet layoutTypePortlet = mock(LayoutTypePortlet.class);
		Set<String> widgets = new HashSet<>();
		long layoutId = _layouts.size() + 1;

		when(layout.getGroupId()).thenReturn(TEMPLATE_GROUP_ID);
		when(layout.isPrivateLayout()).thenReturn(true);
		when(layout.getLayoutId()).thenReturn(layoutId);
		when(layout.getTypeSettings()).thenAnswer(invocation -> "column-1=" + String.join(",", widgets));
		when(layout.getLayoutType()).thenReturn(layoutTypePortlet);

		when(layoutTypePortlet.hasPortletId(anyString())).thenAnswer(
			invocation -> widgets.contains(invocation.getArgument(0, String.class)));
		when(
			layoutTypePortlet.addPortletId(eq(ADMIN_USER_ID), anyString(), eq("column-1"), eq(-1), eq(false))
		).thenAnswer(
			invocation -> {
				String portletId = invocation.getArgument(1, String.class);

				if (!_knownPortlets.contains(portletId)) {
					return null;
				}

				widgets.add(portletId);

				return portletId;
			}
		);

		_layouts.put(friendlyURL, layout);
		_layoutTypes.put(friendlyURL, layoutTypePortlet);
		_widgets.put(friendlyURL, widgets);

		return layout;
	}

	private void _verifyNothingCreated() throws Exception {
		verify(_layoutSetPrototypeLocalService, never()).addLayoutSetPrototype(
			anyLong(), anyLong(), anyMap(), anyMap(), anyBoolean(), anyBoolean(), any(ServiceContext.class));
		verify(_layoutSetLocalService, never()).updateLookAndFeel(
			anyLong(), anyBoolean(), anyString(), anyString(), anyString());
		verify(_layoutLocalService, never()).addLayout(
			anyLong(), anyLong(), anyBoolean(), anyLong(), anyMap(), anyMap(), anyMap(), anyMap(), anyMap(),
			anyString(), anyString(), anyBoolean(), anyMap(), any(ServiceContext.class));
		verify(_layoutLocalService, never()).updateLayout(anyLong(), anyBoolean(), anyLong(), anyString());
	}

	private static final long ADMIN_USER_ID = 20123;

	private static final long ADMINISTRATOR_ROLE_ID = 20110;

	private static final long COMPANY_ID = 20100;

	private static final long TEMPLATE_GROUP_ID = 40500;

	private static final Locale _RUSSIAN = new Locale("ru", "RU");

	private final Set<String> _knownPortlets = new HashSet<>(
		List.of(
			"ru_opora_schools_web_SchoolsPortlet", "ru_opora_mentoring_web_MentoringPortlet",
			"ru_opora_library_web_LibraryPortlet", "ru_opora_riskprofile_web_RiskProfilePortlet",
			"ru_opora_cooperation_web_CooperationPortlet", "ru_opora_diagnostics_web_DiagnosticsPortlet"));
	private final LayoutLocalService _layoutLocalService = mock(LayoutLocalService.class);
	private final Map<String, Layout> _layouts = new LinkedHashMap<>();
	private final LayoutSetLocalService _layoutSetLocalService = mock(LayoutSetLocalService.class);
	private final LayoutSetPrototypeLocalService _layoutSetPrototypeLocalService =
		mock(LayoutSetPrototypeLocalService.class);
	private final Map<String, LayoutTypePortlet> _layoutTypes = new LinkedHashMap<>();
	private final Map<String, Map<Locale, String>> _pageNames = new LinkedHashMap<>();
	private final RoleLocalService _roleLocalService = mock(RoleLocalService.class);
	private final List<LayoutSetPrototype> _templates = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);
	private final Map<String, Set<String>> _widgets = new LinkedHashMap<>();

}
