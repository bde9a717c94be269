package ru.opora.schools.web.internal.display.context;

import ru.opora.domain.identification.Group;

/**
 * A group as a Clay label: its localised name and display type.
 *
 * @author Opora
 */
public class GroupBadge {

	/** Clay display type of a group: risk in warm colours, strength in green. */
	public static String displayType(Group group) {
		switch (group) {
			case LOW_RESULTS:
				return "danger";
			case UNFAVOURABLE_CONDITIONS:
			case RISK_ZONE:
				return "warning";
			case FAILURE_PREVENTION:
				return "info";
			case HIGH_RESULTS:
			case RESILIENT:
				return "success";
			default:
				return "secondary";
		}
	}

	public GroupBadge(Group group, String label) {
		_group = group;
		_label = label;
	}

	public String getDisplayType() {
		return displayType(_group);
	}

	public Group getGroup() {
		return _group;
	}

	public String getLabel() {
		return _label;
	}

	private final Group _group;
	private final String _label;

}
