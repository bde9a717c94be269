package ru.opora.portal.setup.internal.site;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.model.LayoutConstants;
import com.liferay.portal.kernel.model.LayoutSetPrototype;
import com.liferay.portal.kernel.model.LayoutType;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.schools.constants.SchoolsPortletKeys;

/**
 * Creates, in one portal instance, the site template {@value #NAME} that an
 * administrator applies to a new municipality site: its pages {@code /schools}
 * (the Schools widget), {@code /mentoring} (the Mentoring widget) and
 * {@code /library} (the methodological library's widget), one
 * column each, and the Opora theme {@value #THEME_ID}.
 *
 * <p>
 * Idempotent, like the roles installer: the template is found by its Russian
 * name, a page by its friendly URL, a widget by its portlet ID on that page;
 * only what is missing is added, nothing is removed or overwritten (the theme
 * is set when the template is created).
 * </p>
 *
 * @author Opora
 */
public class OporaSiteTemplateInstaller {

	public static final String NAME = "Опора: муниципалитет";

	public static final String NAME_EN = "Opora: municipality";

	/** The theme of themes/opora-theme: id {@code opora}, context {@code opora-theme}. */
	public static final String THEME_ID = "opora_WAR_oporatheme";

	/** The pages of the template, in their order. */
	public static List<Page> pages() {
		return Arrays.asList(
			new Page("/schools", "Школы", "Schools", SchoolsPortletKeys.SCHOOLS),
			new Page(
				"/mentoring", "Наставничество", "Mentoring",
				MentoringPortletKeys.MENTORING),
			new Page(
				"/risk-profile", "Профиль рисков", "Risk profile",
				RiskProfilePortletKeys.RISK_PROFILE),
			new Page(
				"/cooperation", "Сетевое взаимодействие", "Network cooperation",
				CooperationPortletKeys.COOPERATION),
			new Page(
				"/diagnostics", "Диагностика педагогов", "Teacher diagnostics",
				DiagnosticsPortletKeys.DIAGNOSTICS),
			new Page(
				"/library", "Методическая библиотека", "Methodological library",
				LibraryPortletKeys.LIBRARY));
	}

	public OporaSiteTemplateInstaller(
		LayoutLocalService layoutLocalService,
		LayoutSetLocalService layoutSetLocalService,
		LayoutSetPrototypeLocalService layoutSetPrototypeLocalService,
		RoleLocalService roleLocalService, UserLocalService userLocalService) {

		_layoutLocalService = layoutLocalService;
		_layoutSetLocalService = layoutSetLocalService;
		_layoutSetPrototypeLocalService = layoutSetPrototypeLocalService;
		_roleLocalService = roleLocalService;
		_userLocalService = userLocalService;
	}

	/** The Opora site template of the instance (by its Russian name), or {@code null}. */
	public static LayoutSetPrototype fetchTemplate(
		LayoutSetPrototypeLocalService layoutSetPrototypeLocalService,
		long companyId) {

		for (LayoutSetPrototype layoutSetPrototype :
				layoutSetPrototypeLocalService.getLayoutSetPrototypes(
					companyId)) {

			Map<Locale, String> nameMap = layoutSetPrototype.getNameMap();

			if ((nameMap != null) && NAME.equals(nameMap.get(_RUSSIAN))) {
				return layoutSetPrototype;
			}
		}

		return null;
	}

	/** Adds what is missing of the template to the instance. */
	public Report install(long companyId) throws PortalException {
		Report report = new Report();

		LayoutSetPrototype layoutSetPrototype = fetchTemplate(
			_layoutSetPrototypeLocalService, companyId);

		long userId = 0;

		if (layoutSetPrototype == null) {
			userId = _getAdminUserId(companyId);

			Map<Locale, String> nameMap = new LinkedHashMap<>();

			nameMap.put(_RUSSIAN, NAME);
			nameMap.put(Locale.US, NAME_EN);

			Map<Locale, String> descriptionMap = new LinkedHashMap<>();

			descriptionMap.put(
				_RUSSIAN,
				"Страницы «Опоры» для муниципалитета: школы и наставничество");
			descriptionMap.put(
				Locale.US, "Opora pages of a municipality: schools and mentoring");

			ServiceContext serviceContext = _serviceContext(companyId, userId);

			// No "home" page: the template has the Opora pages only.

			serviceContext.setAttribute("addDefaultLayout", Boolean.FALSE);

			layoutSetPrototype =
				_layoutSetPrototypeLocalService.addLayoutSetPrototype(
					userId, companyId, nameMap, descriptionMap, true, true,
					serviceContext);

			_layoutSetLocalService.updateLookAndFeel(
				layoutSetPrototype.getGroupId(), true, THEME_ID, "", "");

			report._templateCreated = true;
		}

		long groupId = layoutSetPrototype.getGroupId();

		for (Page page : pages()) {
			Layout layout = _layoutLocalService.fetchLayoutByFriendlyURL(
				groupId, true, page.getFriendlyURL());

			if (layout == null) {
				if (userId == 0) {
					userId = _getAdminUserId(companyId);
				}

				Map<Locale, String> nameMap = new LinkedHashMap<>();

				nameMap.put(_RUSSIAN, page.getRussianName());
				nameMap.put(Locale.US, page.getEnglishName());

				Map<Locale, String> friendlyURLMap = new LinkedHashMap<>();

				friendlyURLMap.put(_RUSSIAN, page.getFriendlyURL());
				friendlyURLMap.put(Locale.US, page.getFriendlyURL());

				layout = _layoutLocalService.addLayout(
					userId, groupId, true,
					LayoutConstants.DEFAULT_PARENT_LAYOUT_ID, nameMap,
					Collections.emptyMap(), Collections.emptyMap(),
					Collections.emptyMap(), Collections.emptyMap(),
					LayoutConstants.TYPE_PORTLET, "", false, friendlyURLMap,
					_serviceContext(companyId, userId));

				report._pagesAdded.add(page.getFriendlyURL());
			}

			LayoutType layoutType = layout.getLayoutType();

			if (!(layoutType instanceof LayoutTypePortlet)) {
				report._skippedPages.add(page.getFriendlyURL());

				continue;
			}

			LayoutTypePortlet layoutTypePortlet = (LayoutTypePortlet)layoutType;

			if (layoutTypePortlet.hasPortletId(page.getPortletId())) {
				continue;
			}

			if (userId == 0) {
				userId = _getAdminUserId(companyId);
			}

			if (report._pagesAdded.contains(page.getFriendlyURL())) {
				layoutTypePortlet.setLayoutTemplateId(
					userId, _LAYOUT_TEMPLATE_ID, false);
			}

			// Null when the portal does not know the portlet (yet).

			String portletId = layoutTypePortlet.addPortletId(
				userId, page.getPortletId(), _COLUMN_ID, -1, false);

			if (portletId == null) {
				report._unregisteredPortlets.add(page.getPortletId());

				if (report._pagesAdded.contains(page.getFriendlyURL())) {
					_layoutLocalService.updateLayout(
						layout.getGroupId(), layout.isPrivateLayout(),
						layout.getLayoutId(), layout.getTypeSettings());
				}

				continue;
			}

			_layoutLocalService.updateLayout(
				layout.getGroupId(), layout.isPrivateLayout(),
				layout.getLayoutId(), layout.getTypeSettings());

			report._portletsAdded.add(page.getPortletId());
		}

		return report;
	}

	/** A page of the template and its widget. */
	public static final class Page {

		public Page(
			String friendlyURL, String russianName, String englishName,
			String portletId) {

			_friendlyURL = friendlyURL;
			_russianName = russianName;
			_englishName = englishName;
			_portletId = portletId;
		}

		public String getEnglishName() {
			return _englishName;
		}

		public String getFriendlyURL() {
			return _friendlyURL;
		}

		public String getPortletId() {
			return _portletId;
		}

		public String getRussianName() {
			return _russianName;
		}

		private final String _englishName;
		private final String _friendlyURL;
		private final String _portletId;
		private final String _russianName;

	}

	/** What a run added, and what it could not. */
	public static final class Report {

		public List<String> getPagesAdded() {
			return _pagesAdded;
		}

		public List<String> getPortletsAdded() {
			return _portletsAdded;
		}

		/** Pages of the template's friendly URLs that are not widget pages (left alone). */
		public List<String> getSkippedPages() {
			return _skippedPages;
		}

		/** Widgets the portal did not know: added by a later run. */
		public List<String> getUnregisteredPortlets() {
			return _unregisteredPortlets;
		}

		public boolean isChanged() {
			if (_templateCreated || !_pagesAdded.isEmpty() ||
				!_portletsAdded.isEmpty()) {

				return true;
			}

			return false;
		}

		public boolean isComplete() {
			return _skippedPages.isEmpty() && _unregisteredPortlets.isEmpty();
		}

		public boolean isTemplateCreated() {
			return _templateCreated;
		}

		@Override
		public String toString() {
			return "template created " + _templateCreated + ", pages added " +
				_pagesAdded + ", widgets added " + _portletsAdded +
					", not widget pages " + _skippedPages +
						", widgets unknown to the portal " +
							_unregisteredPortlets;
		}

		private final List<String> _pagesAdded = new ArrayList<>();
		private final List<String> _portletsAdded = new ArrayList<>();
		private final List<String> _skippedPages = new ArrayList<>();
		private boolean _templateCreated;
		private final List<String> _unregisteredPortlets = new ArrayList<>();

	}

	/** The first administrator of the instance: the template's owner. */
	private long _getAdminUserId(long companyId) throws PortalException {
		Role administratorRole = _roleLocalService.getRole(
			companyId, RoleConstants.ADMINISTRATOR);

		long[] userIds = _userLocalService.getRoleUserIds(
			administratorRole.getRoleId());

		if (userIds.length == 0) {
			return _userLocalService.getGuestUserId(companyId);
		}

		long adminUserId = userIds[0];

		for (long userId : userIds) {
			adminUserId = Math.min(adminUserId, userId);
		}

		return adminUserId;
	}

	private ServiceContext _serviceContext(long companyId, long userId) {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(false);
		serviceContext.setCompanyId(companyId);
		serviceContext.setUserId(userId);

		return serviceContext;
	}

	private static final String _COLUMN_ID = "column-1";

	private static final String _LAYOUT_TEMPLATE_ID = "1_column";

	private static final Locale _RUSSIAN = new Locale("ru", "RU");

	private final LayoutLocalService _layoutLocalService;
	private final LayoutSetLocalService _layoutSetLocalService;
	private final LayoutSetPrototypeLocalService
		_layoutSetPrototypeLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
