package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The form of an area or a competence of the draft bank (MANAGE_BANK, and
 * only in the site the bank is changed from): a field shows the submitted
 * value after a rejected save, else the stored one.
 */
public abstract class BankFormDisplayContext extends BaseDisplayContext {

	public BankFormDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		services.getPortletResourcePermission().check(
			themeDisplay.getPermissionChecker(), getGroupId(), DiagnosticsActionKeys.MANAGE_BANK);

		if (!services.getDiagnosticItemService().canChangeBank(getGroupId())) {
			throw new PrincipalException.MustHavePermission(
				themeDisplay.getPermissionChecker(), DiagnosticsConstants.RESOURCE_NAME, getGroupId(),
				DiagnosticsActionKeys.MANAGE_BANK);
		}
	}

	/** The value of a field: the submitted one after an error, else the stored one. */
	public String getValue(String field) {
		String submitted = ParamUtil.getString(renderRequest, field, null);

		if (submitted != null) {
			return submitted;
		}

		String stored = storedValue(field);

		return (stored == null) ? "" : stored;
	}

	public abstract boolean isNew();

	/** The newest version (the draft if there is one; a new draft copies the latest published version), or 0. */
	protected int newestVersion() throws PortalException {
		List<ItemBank> banks = services.getDiagnosticItemService().getBanks(getGroupId());

		return banks.isEmpty() ? 0 : banks.get(0).getVersion();
	}

	/** The stored value of a field, or the default of a new record. */
	protected abstract String storedValue(String field);

}
