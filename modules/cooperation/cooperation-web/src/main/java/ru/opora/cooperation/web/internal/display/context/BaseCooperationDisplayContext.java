package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;

/**
 * What every screen shares: the labels, the user's permissions, the scope
 * (site, or the whole region) and the tabs.
 *
 * @author Opora
 */
public abstract class BaseCooperationDisplayContext {

	/** One tab of the portlet. */
	public static class Tab {

		public Tab(String label, String url, boolean active) {
			_label = label;
			_url = url;
			_active = active;
		}

		public String getLabel() {
			return _label;
		}

		public String getURL() {
			return _url;
		}

		public boolean isActive() {
			return _active;
		}

		private final boolean _active;
		private final String _label;
		private final String _url;

	}

	public BaseCooperationDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		boolean region) {

		_renderResponse = renderResponse;
		_labels = labels;
		_permissions = permissions;
		_groupId = groupId;
		_region = region && permissions.canViewAll();
	}

	public long getGroupId() {
		return _groupId;
	}

	public Labels getLabels() {
		return _labels;
	}

	public CooperationPermissions getPermissions() {
		return _permissions;
	}

	/** The register, and for coordinators the needs-attention list and the network. */
	public List<Tab> getTabs() {
		List<Tab> tabs = new ArrayList<>();

		tabs.add(_tab("opora-cooperation-tab-register", CooperationWebKeys.MVC_VIEW_AGREEMENTS));

		if (_permissions.canViewAll()) {
			tabs.add(_tab("opora-cooperation-tab-attention", CooperationWebKeys.MVC_VIEW_ATTENTION));
			tabs.add(_tab("opora-cooperation-tab-network", CooperationWebKeys.MVC_VIEW_NETWORK));
		}

		return tabs;
	}

	public String getViewAgreementURL(long agreementId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_VIEW_AGREEMENT
		).setParameter(
			"agreementId", agreementId
		).buildString();
	}

	public boolean isRegion() {
		return _region;
	}

	/** The tab this screen belongs to. */
	protected abstract String getTabCommand();

	protected RenderResponse getRenderResponse() {
		return _renderResponse;
	}

	private Tab _tab(String labelKey, String command) {
		return new Tab(
			_labels.get(labelKey),
			PortletURLBuilder.createRenderURL(
				_renderResponse
			).setMVCRenderCommandName(
				command
			).setParameter(
				"scope", _region ? "region" : "site"
			).buildString(),
			command.equals(getTabCommand()));
	}

	private final long _groupId;
	private final Labels _labels;
	private final CooperationPermissions _permissions;
	private final boolean _region;
	private final RenderResponse _renderResponse;

}
