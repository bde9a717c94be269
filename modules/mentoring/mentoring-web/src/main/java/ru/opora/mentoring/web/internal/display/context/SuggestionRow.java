package ru.opora.mentoring.web.internal.display.context;

import java.util.List;

/**
 * One proposed pair as the suggestion screen shows it: the key of its
 * checkbox, both schools with their groups, the cost and the explanation one
 * localised component a line (value in brackets when it adds to the cost).
 *
 * @author Opora
 */
public class SuggestionRow {

	public static String key(long supportedSchoolId, long mentorSchoolId) {
		return supportedSchoolId + "-" + mentorSchoolId;
	}

	public SuggestionRow(
		String key, String supportedSchool, String supportedGroups,
		String mentorSchool, String mentorGroups, String cost,
		List<String> explanation, boolean checked) {

		_key = key;
		_supportedSchool = supportedSchool;
		_supportedGroups = supportedGroups;
		_mentorSchool = mentorSchool;
		_mentorGroups = mentorGroups;
		_cost = cost;
		_explanation = explanation;
		_checked = checked;
	}

	public String getCost() {
		return _cost;
	}

	public List<String> getExplanation() {
		return _explanation;
	}

	public String getKey() {
		return _key;
	}

	public String getMentorGroups() {
		return _mentorGroups;
	}

	public String getMentorSchool() {
		return _mentorSchool;
	}

	public String getSupportedGroups() {
		return _supportedGroups;
	}

	public String getSupportedSchool() {
		return _supportedSchool;
	}

	public boolean isChecked() {
		return _checked;
	}

	private final boolean _checked;
	private final String _cost;
	private final List<String> _explanation;
	private final String _key;
	private final String _mentorGroups;
	private final String _mentorSchool;
	private final String _supportedGroups;
	private final String _supportedSchool;

}
