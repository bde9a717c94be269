package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.web.internal.util.AggregateScope;
import ru.opora.diagnostics.web.internal.util.AggregateTable;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.Aggregates;

/** The site's figures (the roadmap indicators of seed 002) and deficits by subject and competence. */
public class AggregatesDisplayContext extends BaseDisplayContext {

	public AggregatesDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_region = AggregateScope.REGION.equals(ParamUtil.getString(renderRequest, "scope"));
		_regionalCoordinator = AggregateScope.isRegionalCoordinator(services, themeDisplay);

		Aggregates aggregates = AggregateScope.aggregates(services, themeDisplay, _region);
		Map<String, String> names = _names(services);

		_table = new AggregateTable(aggregates, names, this::message);
	}

	public boolean isRegion() {
		return _region;
	}

	/** Whether the viewer may switch to the region's figures. */
	public boolean isRegionalCoordinator() {
		return _regionalCoordinator;
	}

	public List<String> getHeaders() {
		return _table.headers();
	}

	public List<List<String>> getRows() {
		return _table.rows();
	}

	private Map<String, String> _names(DiagnosticsServices services) throws PortalException {
		try {
			return services.getAttemptService().getCompetenceNames(0);
		}
		catch (PortalException portalException) {
			return Map.of();
		}
	}

	private final boolean _region;
	private final boolean _regionalCoordinator;
	private final AggregateTable _table;

}
