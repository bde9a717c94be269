package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.internal.security.DiagnosticsAccess;
import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.service.base.ResultViewServiceBaseImpl;

/**
 * Reading the audit log of views of individual results. A teacher reads who
 * else viewed their own data; VIEW_AUDIT_LOG in a site reads the views of
 * that site's data; the views of the whole region need VIEW_AUDIT_LOG and the
 * regional coordinator's role (or the company administrator).
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=ResultView"},
	service = AopService.class
)
public class ResultViewServiceImpl extends ResultViewServiceBaseImpl {

	/** Who else viewed the signed-in user's data, newest first. */
	public List<ResultView> getMyViews(int start, int end) throws PortalException {
		return resultViewLocalService.getViewsByOthers(getUserId(), start, end);
	}

	public int getMyViewsCount() throws PortalException {
		return resultViewLocalService.getViewsByOthersCount(getUserId());
	}

	/** The views of every site's data of the region; groupId is the page's site. */
	public List<ResultView> getRegionViews(long groupId, long teacherUserId, long viewerUserId, int start, int end)
		throws PortalException {

		return resultViewLocalService.getCompanyViews(
			_checkRegion(groupId), teacherUserId, viewerUserId, start, end);
	}

	public int getRegionViewsCount(long groupId, long teacherUserId, long viewerUserId) throws PortalException {
		return resultViewLocalService.getCompanyViewsCount(_checkRegion(groupId), teacherUserId, viewerUserId);
	}

	/** The views of the site's data (attempts of the site's schools), newest first; a filter of 0 is none. */
	public List<ResultView> getSiteViews(long groupId, long teacherUserId, long viewerUserId, int start, int end)
		throws PortalException {

		_checkSite(groupId);

		return resultViewLocalService.getGroupViews(groupId, teacherUserId, viewerUserId, start, end);
	}

	public int getSiteViewsCount(long groupId, long teacherUserId, long viewerUserId) throws PortalException {
		_checkSite(groupId);

		return resultViewLocalService.getGroupViewsCount(groupId, teacherUserId, viewerUserId);
	}

	public boolean hasRegionAccess(long groupId) throws PortalException {
		try {
			_checkRegion(groupId);

			return true;
		}
		catch (PrincipalException principalException) {
			return false;
		}
	}

	/** Checks VIEW_AUDIT_LOG in the site and a region-wide role; returns the company. */
	private long _checkRegion(long groupId) throws PortalException {
		_checkSite(groupId);

		PermissionChecker permissionChecker = getPermissionChecker();
		Group group = _groupLocalService.getGroup(groupId);

		if ((group.getCompanyId() != permissionChecker.getCompanyId()) ||
			(!permissionChecker.isCompanyAdmin() &&
			 !_diagnosticsAccess.isRegionalCoordinator(getUserId(), group.getCompanyId()))) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, DiagnosticsConstants.RESOURCE_NAME, 0, DiagnosticsActionKeys.VIEW_AUDIT_LOG);
		}

		return group.getCompanyId();
	}

	private void _checkSite(long groupId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.VIEW_AUDIT_LOG);
	}

	@Reference
	private DiagnosticsAccess _diagnosticsAccess;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
