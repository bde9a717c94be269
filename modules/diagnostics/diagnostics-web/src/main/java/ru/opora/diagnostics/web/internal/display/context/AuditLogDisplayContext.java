package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.util.AggregateScope;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * The audit log of the site (VIEW_AUDIT_LOG) or, for the regional role, of
 * the region: filtered by the teacher whose data was viewed and by the
 * viewer. The scope is the page's site, never a request parameter; the
 * filters only narrow what the service already allows.
 *
 * @author Opora
 */
public class AuditLogDisplayContext extends ResultViewsDisplayContext {

	public AuditLogDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_regionAccess = services.getResultViewService().hasRegionAccess(getGroupId());
		_region = _regionAccess && AggregateScope.REGION.equals(ParamUtil.getString(renderRequest, "scope"));
		_teacherUserId = ParamUtil.getLong(renderRequest, "teacherUserId");
		_viewerUserId = ParamUtil.getLong(renderRequest, "viewerUserId");

		load();
	}

	/** The URL of this page with one filter changed (0 removes it). */
	public String filterURL(String name, long value) {
		long teacherUserId = "teacherUserId".equals(name) ? value : _teacherUserId;
		long viewerUserId = "viewerUserId".equals(name) ? value : _viewerUserId;

		return _url(_region, teacherUserId, viewerUserId).toString();
	}

	public String getScopeURL(boolean region) {
		return _url(region, 0, 0).toString();
	}

	/** The site of the viewed data (shown in the region's log). */
	public String getSiteName(ResultView view) {
		return getLabels().siteName(view);
	}

	public long getTeacherUserId() {
		return _teacherUserId;
	}

	public String getTeacherFilterName() {
		return _filterName(_teacherUserId, true);
	}

	public long getViewerUserId() {
		return _viewerUserId;
	}

	public String getViewerFilterName() {
		return _filterName(_viewerUserId, false);
	}

	public boolean hasRegionAccess() {
		return _regionAccess;
	}

	public boolean isRegion() {
		return _region;
	}

	@Override
	protected int countViews() throws PortalException {
		if (_region) {
			return services.getResultViewService().getRegionViewsCount(getGroupId(), _teacherUserId, _viewerUserId);
		}

		return services.getResultViewService().getSiteViewsCount(getGroupId(), _teacherUserId, _viewerUserId);
	}

	@Override
	protected PortletURL getPortletURL() {
		return _url(_region, _teacherUserId, _viewerUserId);
	}

	@Override
	protected List<ResultView> getViews(int start, int end) throws PortalException {
		if (_region) {
			return services.getResultViewService().getRegionViews(
				getGroupId(), _teacherUserId, _viewerUserId, start, end);
		}

		return services.getResultViewService().getSiteViews(getGroupId(), _teacherUserId, _viewerUserId, start, end);
	}

	private String _filterName(long userId, boolean teacher) {
		if (userId <= 0) {
			return "";
		}

		return getLabels().userName(userId, teacher ? null : _storedViewerName(userId));
	}

	/** A viewer's name as the log stored it (the viewer may have left the portal). */
	private String _storedViewerName(long userId) {
		for (ResultView view : getViews()) {
			if (view.getUserId() == userId) {
				return view.getUserName();
			}
		}

		return null;
	}

	private PortletURL _url(boolean region, long teacherUserId, long viewerUserId) {
		PortletURL portletURL = renderResponse.createRenderURL();

		portletURL.getRenderParameters().setValue("mvcRenderCommandName", DiagnosticsWebKeys.MVC_AUDIT_LOG);

		if (region) {
			portletURL.getRenderParameters().setValue("scope", AggregateScope.REGION);
		}

		if (teacherUserId > 0) {
			portletURL.getRenderParameters().setValue("teacherUserId", String.valueOf(teacherUserId));
		}

		if (viewerUserId > 0) {
			portletURL.getRenderParameters().setValue("viewerUserId", String.valueOf(viewerUserId));
		}

		return portletURL;
	}

	private final boolean _region;
	private final boolean _regionAccess;
	private final long _teacherUserId;
	private final long _viewerUserId;

}
