package ru.opora.diagnostics.internal.demo;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.module.framework.ModuleServiceLifecycle;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.service.CourseLocalService;
import ru.opora.diagnostics.service.ItemBankLocalService;

/**
 * Loads the company-level diagnostics demo data (bank and course catalogue,
 * {@link DiagnosticsDemoDataLoader}) when {@code opora.demo.data.enabled} is
 * true; nothing otherwise.
 *
 * @author Opora
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class DiagnosticsDemoDataPortalInstanceLifecycleListener extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		if (!DiagnosticsDemoDataLoader.enabled()) {
			return;
		}

		new DiagnosticsDemoDataLoader(_itemBankLocalService, _courseLocalService).load(
			company.getCompanyId(), _userLocalService.getGuestUserId(company.getCompanyId()), LocalDate.now());
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private ItemBankLocalService _itemBankLocalService;

	@Reference(target = ModuleServiceLifecycle.PORTAL_INITIALIZED)
	private ModuleServiceLifecycle _moduleServiceLifecycle;

	@Reference
	private UserLocalService _userLocalService;

}
