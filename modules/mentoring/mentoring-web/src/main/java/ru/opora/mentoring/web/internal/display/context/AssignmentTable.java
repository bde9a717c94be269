package ru.opora.mentoring.web.internal.display.context;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.assignment.AssignmentKind;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * The assignment list as a plain table for the Excel export: localised
 * headers, one row per assignment, days as ISO text (yyyy-MM-dd sorts and
 * converts in Excel), the explanation one component a line.
 *
 * @author Opora
 */
public class AssignmentTable {

	public AssignmentTable(Translator translator, Labels labels, Names names) {
		_translator = translator;
		_labels = labels;
		_names = names;
	}

	public List<String> getHeaders() {
		List<String> headers = new ArrayList<>();

		for (String key : _HEADER_KEYS) {
			headers.add(_translator.get(key));
		}

		return headers;
	}

	public List<List<Object>> getRows(List<MentorAssignment> mentorAssignments) {
		List<List<Object>> rows = new ArrayList<>();

		for (MentorAssignment mentorAssignment : mentorAssignments) {
			AssignmentKind kind = mentorAssignment.getAssignmentKind();

			StringBuilder explanation = new StringBuilder();

			for (CostComponent costComponent :
					mentorAssignment.getExplanationComponents()) {

				if (explanation.length() > 0) {
					explanation.append('\n');
				}

				explanation.append(_labels.costComponent(costComponent));
			}

			rows.add(
				Arrays.<Object>asList(
					mentorAssignment.getMentorAssignmentId(),
					_names.school(mentorAssignment.getSupportedSchoolId()),
					_labels.kind(kind),
					(mentorAssignment.getMentorSchoolId() > 0) ?
						_names.school(mentorAssignment.getMentorSchoolId()) :
							null,
					_user(mentorAssignment.getCuratorUserId()),
					_user(mentorAssignment.getTeacherMentorUserId()),
					_user(mentorAssignment.getMenteeUserId()),
					_iso(mentorAssignment.getStartLocalDate()),
					_iso(mentorAssignment.getEndLocalDate()),
					_labels.status(mentorAssignment.getAssignmentStatus()),
					_blankToNull(mentorAssignment.getStatusReason()),
					_blankToNull(mentorAssignment.getOrderNumber()),
					_iso(mentorAssignment.getOrderLocalDate()),
					(explanation.length() == 0) ? null :
						explanation.toString()));
		}

		return rows;
	}

	private static String _blankToNull(String value) {
		return ((value == null) || value.isEmpty()) ? null : value;
	}

	private static String _iso(LocalDate localDate) {
		return (localDate == null) ? null : localDate.toString();
	}

	private String _user(long userId) {
		return (userId > 0) ? _names.user(userId) : null;
	}

	private static final String[] _HEADER_KEYS = {
		"opora-mentoring-id", "opora-field-supported-school-id",
		"opora-field-kind", "opora-field-mentor-school-id",
		"opora-field-curator-user-id", "opora-field-teacher-mentor-user-id",
		"opora-field-mentee-user-id", "opora-field-start-date",
		"opora-field-end-date", "opora-field-status",
		"opora-field-status-reason", "opora-field-order-number",
		"opora-field-order-date", "opora-mentoring-explanation"
	};

	private final Labels _labels;
	private final Names _names;
	private final Translator _translator;

}
