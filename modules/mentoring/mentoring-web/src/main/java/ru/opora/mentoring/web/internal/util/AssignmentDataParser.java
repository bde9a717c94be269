package ru.opora.mentoring.web.internal.util;

import java.time.LocalDate;

import java.util.Collections;

import javax.portlet.PortletRequest;

import ru.opora.domain.mentoring.assignment.AssignmentData;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.validation.Violation;

import ru.opora.mentoring.exception.MentoringValidationException;

/**
 * The assignment a coordinator entered by hand: kind, parties, period and
 * order. Parties the kind does not have are left 0, whatever was posted (the
 * form hides them). When an assignment is edited its kind, explanation and
 * order file stay as stored.
 *
 * @author Opora
 */
public final class AssignmentDataParser {

	public static AssignmentData parse(
			PortletRequest portletRequest, AssignmentData stored)
		throws MentoringValidationException {

		FormValues formValues = new FormValues(portletRequest);

		AssignmentKind kind = (stored == null) ?
			formValues.getEnum("kind", AssignmentKind::parse) :
				stored.getKind();

		LocalDate startDate = formValues.getDate("startDate");
		LocalDate endDate = formValues.getDate("endDate");
		LocalDate orderDate = formValues.getDate("orderDate");

		if (kind == null) {
			formValues.throwIfUnreadable(Collections.<Violation>emptyList());

			throw new MentoringValidationException(
				Collections.singletonList(Violation.of("kind", "required")));
		}

		AssignmentData.Builder builder =
			(stored == null) ? AssignmentData.builder(kind) :
				stored.toBuilder();

		long orderFileEntryId =
			(stored == null) ? 0 : stored.getOrderFileEntryId();

		builder.supportedSchoolId(
			formValues.getLong("supportedSchoolId")
		).period(
			startDate, endDate
		).order(
			_nullIfEmpty(formValues.getString("orderNumber")), orderDate,
			orderFileEntryId
		).mentorSchoolId(
			0
		).curatorUserId(
			0
		).teacherMentorUserId(
			0
		).menteeUserId(
			0
		);

		if (kind == AssignmentKind.MENTOR_SCHOOL) {
			builder.mentorSchoolId(formValues.getLong("mentorSchoolId"));
		}
		else if (kind == AssignmentKind.CURATOR) {
			builder.curatorUserId(
				formValues.getLong("curatorUserId")
			).mentorSchoolId(
				formValues.getLong("mentorSchoolId")
			);
		}
		else {
			builder.teacherMentorUserId(
				formValues.getLong("teacherMentorUserId")
			).menteeUserId(
				formValues.getLong("menteeUserId")
			);
		}

		AssignmentData assignmentData = builder.build();

		formValues.throwIfUnreadable(assignmentData.validate().list());

		return assignmentData;
	}

	private static String _nullIfEmpty(String value) {
		return value.isEmpty() ? null : value;
	}

	private AssignmentDataParser() {
	}

}
