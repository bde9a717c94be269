package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;
import java.util.Locale;

import javax.portlet.PortletRequest;

import ru.opora.domain.identification.Group;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SettlementType;

/**
 * The filters, search and order of the schools list as the request gives
 * them: the list view pages through the result, the Excel export writes all
 * of it, so both show the same schools in the same order.
 *
 * @author Opora
 */
public class SchoolsListQuery {

	public SchoolsListQuery(PortletRequest portletRequest) {
		_keywords = ParamUtil.getString(portletRequest, "keywords");
		_level = ParamUtil.getString(portletRequest, "level");
		_settlementType = ParamUtil.getString(portletRequest, "settlementType");
		_group = ParamUtil.getString(portletRequest, "group");

		String orderByCol = ParamUtil.getString(
			portletRequest, "orderByCol", SchoolSummaries.ORDER_BY_NAME);

		if (!orderByCol.equals(SchoolSummaries.ORDER_BY_LEVEL) &&
			!orderByCol.equals(SchoolSummaries.ORDER_BY_SETTLEMENT)) {

			orderByCol = SchoolSummaries.ORDER_BY_NAME;
		}

		_orderByCol = orderByCol;

		String orderByType = ParamUtil.getString(
			portletRequest, "orderByType", "asc");

		_orderByType = orderByType.equals("desc") ? "desc" : "asc";
	}

	/** The summaries matching the filters, in the chosen order. */
	public List<SchoolSummary> apply(
		List<SchoolSummary> schoolSummaries, Locale locale) {

		List<SchoolSummary> filtered = SchoolSummaries.filter(
			schoolSummaries, _keywords,
			SchoolLevel.parse(
				_level
			).orElse(
				null
			),
			SettlementType.parse(
				_settlementType
			).orElse(
				null
			),
			_parseGroup(_group));

		return SchoolSummaries.sort(
			filtered, _orderByCol, _orderByType.equals("asc"), locale);
	}

	public String getGroup() {
		return _group;
	}

	public String getKeywords() {
		return _keywords;
	}

	public String getLevel() {
		return _level;
	}

	public String getOrderByCol() {
		return _orderByCol;
	}

	public String getOrderByType() {
		return _orderByType;
	}

	public String getSettlementType() {
		return _settlementType;
	}

	public boolean isFiltered() {
		return !_keywords.isEmpty() || !_level.isEmpty() ||
			!_settlementType.isEmpty() || !_group.isEmpty();
	}

	private static Group _parseGroup(String code) {
		for (Group group : Group.values()) {
			if (group.code().equals(code)) {
				return group;
			}
		}

		return null;
	}

	private final String _group;
	private final String _keywords;
	private final String _level;
	private final String _orderByCol;
	private final String _orderByType;
	private final String _settlementType;

}
