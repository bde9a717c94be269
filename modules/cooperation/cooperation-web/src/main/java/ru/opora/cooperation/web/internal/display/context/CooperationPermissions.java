package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import ru.opora.cooperation.constants.CooperationActionKeys;

/**
 * What the current user may do in the site, for showing links and tabs (the
 * services check again).
 *
 * @author Opora
 */
public class CooperationPermissions {

	public static CooperationPermissions of(
			PortletResourcePermission portletResourcePermission, PermissionChecker permissionChecker, long groupId)
		throws PortalException {

		return new CooperationPermissions(
			portletResourcePermission.contains(permissionChecker, groupId, CooperationActionKeys.ADD_AGREEMENT),
			portletResourcePermission.contains(permissionChecker, groupId, CooperationActionKeys.VIEW_ALL_AGREEMENTS),
			portletResourcePermission.contains(
				permissionChecker, groupId, CooperationActionKeys.APPROVE_AS_COORDINATOR),
			portletResourcePermission.contains(permissionChecker, groupId, CooperationActionKeys.MANAGE_TEMPLATE));
	}

	public CooperationPermissions(
		boolean addAgreement, boolean viewAll, boolean approveAsCoordinator, boolean manageTemplate) {

		_addAgreement = addAgreement;
		_viewAll = viewAll;
		_approveAsCoordinator = approveAsCoordinator;
		_manageTemplate = manageTemplate;
	}

	public boolean canAddAgreement() {
		return _addAgreement;
	}

	public boolean canApproveAsCoordinator() {
		return _approveAsCoordinator;
	}

	public boolean canManageTemplate() {
		return _manageTemplate;
	}

	/** Coordinators: every agreement of the site, the network, the needs-attention list. */
	public boolean canViewAll() {
		return _viewAll;
	}

	private final boolean _addAgreement;
	private final boolean _approveAsCoordinator;
	private final boolean _manageTemplate;
	private final boolean _viewAll;

}
