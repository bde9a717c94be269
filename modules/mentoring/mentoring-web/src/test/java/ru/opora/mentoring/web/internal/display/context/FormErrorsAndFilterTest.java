package ru.opora.mentoring.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;

class FormErrorsAndFilterTest {

	@Test
	void batchFieldsAreLabelledByTheirLastPartAndRow() {
		assertEquals("opora-field-mentor-school-id", FormErrors.fieldLabelKey("suggestions[2].mentorSchoolId"));
		assertEquals("opora-field-status-reason", FormErrors.fieldLabelKey("statusReason"));
		assertEquals("opora-field-school-id", FormErrors.fieldLabelKey("profiles[0].schoolId"));
		assertEquals(3, FormErrors.rowNumber("suggestions[2].mentorSchoolId"));
		assertEquals(0, FormErrors.rowNumber("startDate"));

		Translator translator = new Translator() {

			@Override
			public String format(String key, Object[] arguments) {
				return key + Arrays.toString(arguments);
			}

			@Override
			public String get(String key) {
				return key;
			}

		};

		FormErrors formErrors = new FormErrors(
			new MentoringValidationException(
				List.of(
					Violation.of("suggestions[1].mentorSchoolId", "capacity-exceeded", 2, 2),
					Violation.of("endDate", "end-before-start", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 1)),
					Violation.of("status", "status-final", "finished"))),
			new MessageArguments(new Figures(Locale.ENGLISH), new Dates(Locale.ENGLISH), translator), translator);

		assertEquals(
			"opora-mentoring-row-x-field-x[2, opora-field-mentor-school-id]: opora-error-capacity-exceeded[2, 2]",
			formErrors.getFieldErrors().get(0).getText());
		assertEquals(
			"opora-field-end-date: opora-error-end-before-start[Sep 1, 2025, Aug 1, 2025]",
			formErrors.getFieldErrors().get(1).getText());
		assertEquals(
			"opora-field-status: opora-error-status-final[opora-mentoring-status-finished]",
			formErrors.getFieldErrors().get(2).getText());
		assertEquals("has-error", formErrors.getWrapperCssClass("endDate"));
		assertEquals("", formErrors.getWrapperCssClass("startDate"));
	}

	@Test
	void kindFilterAndNewestStartFirst() {
		List<MentorAssignment> assignments = List.of(
			_assignment(1, AssignmentKind.MENTOR_SCHOOL, LocalDate.of(2024, 9, 1)),
			_assignment(2, AssignmentKind.CURATOR, LocalDate.of(2025, 9, 1)),
			_assignment(3, AssignmentKind.MENTOR_SCHOOL, LocalDate.of(2025, 9, 1)));

		assertEquals(List.of(3L, 2L, 1L), _ids(AssignmentFilter.filter(assignments, "")));
		assertEquals(List.of(3L, 1L), _ids(AssignmentFilter.filter(assignments, "mentor-school")));
		assertEquals(List.of(2L), _ids(AssignmentFilter.filter(assignments, "curator")));
		assertEquals(List.of(3L, 2L, 1L), _ids(AssignmentFilter.filter(assignments, "unknown")));
	}

	@Test
	void unassignedReasons() {
		assertEquals(
			"opora-mentoring-unassigned-no-candidates", SuggestionsDisplayContext.unassignedReasonKey(0));
		assertEquals(
			"opora-mentoring-unassigned-no-free-place", SuggestionsDisplayContext.unassignedReasonKey(3));
	}

	private static MentorAssignment _assignment(long id, AssignmentKind kind, LocalDate start) {
		MentorAssignment mentorAssignment = mock(MentorAssignment.class);

		when(mentorAssignment.getMentorAssignmentId()).thenReturn(id);
		when(mentorAssignment.getAssignmentKind()).thenReturn(kind);
		when(mentorAssignment.getStartLocalDate()).thenReturn(start);

		return mentorAssignment;
	}

	private static List<Long> _ids(List<MentorAssignment> assignments) {
		return assignments.stream().map(MentorAssignment::getMentorAssignmentId).collect(Collectors.toList());
	}

}
