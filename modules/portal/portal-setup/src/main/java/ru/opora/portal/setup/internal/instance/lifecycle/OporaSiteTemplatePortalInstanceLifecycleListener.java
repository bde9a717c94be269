package ru.opora.portal.setup.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.module.framework.ModuleServiceLifecycle;
import com.liferay.portal.kernel.service.LayoutLocalService;
import com.liferay.portal.kernel.service.LayoutSetLocalService;
import com.liferay.portal.kernel.service.LayoutSetPrototypeLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.constants.CooperationPortletKeys;
import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.mentoring.constants.MentoringPortletKeys;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.portal.setup.internal.site.OporaSiteTemplateInstaller;
import ru.opora.schools.constants.SchoolsPortletKeys;

/**
 * Creates the site template «Опора: муниципалитет»
 * ({@link OporaSiteTemplateInstaller}) in every portal instance the portal
 * registers. Idempotent: only what is missing is added.
 *
 * <p>
 * It waits for the Schools and Mentoring portlets, whose widgets the pages
 * hold; a widget the portal does not know yet is skipped with a warning and
 * added by a later run.
 * </p>
 *
 * @author Opora
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class OporaSiteTemplatePortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		OporaSiteTemplateInstaller.Report report = _createInstaller().install(
			company.getCompanyId());

		if (!report.isComplete()) {
			if (_log.isWarnEnabled()) {
				_log.warn(
					"Opora site template of company " + company.getCompanyId() +
						" is incomplete: " + report);
			}
		}
		else if (report.isChanged() && _log.isInfoEnabled()) {
			_log.info(
				"Opora site template of company " + company.getCompanyId() +
					": " + report);
		}
	}

	private OporaSiteTemplateInstaller _createInstaller() {
		return new OporaSiteTemplateInstaller(
			_layoutLocalService, _layoutSetLocalService,
			_layoutSetPrototypeLocalService, _roleLocalService,
			_userLocalService);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		OporaSiteTemplatePortalInstanceLifecycleListener.class);

	@Reference
	private LayoutLocalService _layoutLocalService;

	@Reference
	private LayoutSetLocalService _layoutSetLocalService;

	@Reference
	private LayoutSetPrototypeLocalService _layoutSetPrototypeLocalService;

	@Reference(
		target = "(javax.portlet.name=" + CooperationPortletKeys.COOPERATION + ")"
	)
	private Portlet _cooperationPortlet;

	@Reference(
		target = "(javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS + ")"
	)
	private Portlet _diagnosticsPortlet;

	@Reference(target = "(javax.portlet.name=" + LibraryPortletKeys.LIBRARY + ")")
	private Portlet _libraryPortlet;

	@Reference(
		target = "(javax.portlet.name=" + MentoringPortletKeys.MENTORING + ")"
	)
	private Portlet _mentoringPortlet;

	@Reference(target = ModuleServiceLifecycle.PORTAL_INITIALIZED)
	private ModuleServiceLifecycle _moduleServiceLifecycle;

	@Reference(
		target = "(javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE + ")"
	)
	private Portlet _riskProfilePortlet;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference(
		target = "(javax.portlet.name=" + SchoolsPortletKeys.SCHOOLS + ")"
	)
	private Portlet _schoolsPortlet;

	@Reference
	private UserLocalService _userLocalService;

}
