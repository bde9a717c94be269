package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.web.internal.util.AggregateTable;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.Aggregates;

/** The site's figures (the roadmap indicators of seed 002) and deficits by subject and competence. */
public class AggregatesDisplayContext extends BaseDisplayContext {

	public AggregatesDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		Aggregates aggregates = services.getAttemptService().getAggregates(getGroupId());
		Map<String, String> names = _names(services);

		_table = new AggregateTable(aggregates, names, this::message);
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

	private final AggregateTable _table;

}
