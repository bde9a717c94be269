package ru.opora.mentoring.web.internal.display.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ru.opora.domain.mentoring.assignment.AssignmentKind;

import ru.opora.mentoring.model.MentorAssignment;

/**
 * The assignment list's kind filter (the status filter is the service's) and
 * its order: newest start first, then newest id.
 *
 * @author Opora
 */
public final class AssignmentFilter {

	public static List<MentorAssignment> filter(
		List<MentorAssignment> mentorAssignments, String kindCode) {

		AssignmentKind kind = AssignmentKind.parse(
			kindCode
		).orElse(
			null
		);

		List<MentorAssignment> filtered = new ArrayList<>();

		for (MentorAssignment mentorAssignment : mentorAssignments) {
			if ((kind == null) ||
				(mentorAssignment.getAssignmentKind() == kind)) {

				filtered.add(mentorAssignment);
			}
		}

		filtered.sort(
			Comparator.comparing(
				(MentorAssignment mentorAssignment) ->
					mentorAssignment.getStartLocalDate(),
				Comparator.nullsLast(Comparator.reverseOrder())
			).thenComparing(
				mentorAssignment -> -mentorAssignment.getMentorAssignmentId()
			));

		return filtered;
	}

	private AssignmentFilter() {
	}

}
