package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.CooperationNetwork;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.identification.Group;

/**
 * The network on a day: the share of ШНОР in cooperation with high-results
 * schools or other organisations, and each school with its partners by
 * kind, weak schools without an agreement first.
 *
 * @author Opora
 */
public class NetworkDisplayContext extends BaseCooperationDisplayContext {

	public NetworkDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		boolean region, CooperationNetwork network, Map<String, String> partyNames) {

		super(renderResponse, labels, permissions, groupId, region);

		_network = network;
		_partyNames = partyNames;
	}

	public String getDate() {
		return _network.getDate().toString();
	}

	/** The groups of a school as labels (ШНОР, ШНСУ, ...). */
	public String getGroupLabels(CooperationNetwork.Row row) {
		List<String> labels = new ArrayList<>();

		for (Group group : row.getSchool().getGroups()) {
			if (group != Group.NONE) {
				labels.add(getLabels().get(group.labelKey()));
			}
		}

		return String.join(", ", labels);
	}

	public CooperationNetwork getNetwork() {
		return _network;
	}

	public String getPartnerName(PartyRef partyRef) {
		String name = _partyNames.get(partyRef.key());

		return (name == null) ? partyRef.key() : name;
	}

	/** "2 of 3 (66.7 %)" or "no ШНОР" */
	public String getShare() {
		Double share = _network.getSharePercent();

		if (share == null) {
			return getLabels().get("opora-cooperation-no-low-results-schools");
		}

		return getLabels().format(
			"opora-cooperation-share-x-of-x-x-percent", _network.getLowResultsInCooperationCount(),
			_network.getLowResultsCount(), String.format(getLabels().getLocale(), "%.1f", share));
	}

	public String getViewURL() {
		return PortletURLBuilder.createRenderURL(
			getRenderResponse()
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_VIEW_NETWORK
		).buildString();
	}

	@Override
	protected String getTabCommand() {
		return CooperationWebKeys.MVC_VIEW_NETWORK;
	}

	private final CooperationNetwork _network;
	private final Map<String, String> _partyNames;

}
