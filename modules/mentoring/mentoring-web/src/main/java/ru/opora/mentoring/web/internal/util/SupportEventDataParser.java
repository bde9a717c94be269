package ru.opora.mentoring.web.internal.util;

import java.time.LocalDate;

import javax.portlet.PortletRequest;

import ru.opora.domain.mentoring.assignment.SupportEventData;
import ru.opora.domain.mentoring.assignment.SupportEventType;

import ru.opora.mentoring.exception.MentoringValidationException;

/**
 * A planned support event as entered: type, title, day, participants and the
 * expected result. The domain's own checks (period, open assignment) are the
 * service's, which knows the assignment.
 *
 * @author Opora
 */
public final class SupportEventDataParser {

	public static SupportEventData parse(PortletRequest portletRequest)
		throws MentoringValidationException {

		FormValues formValues = new FormValues(portletRequest);

		SupportEventType type = formValues.getEnum(
			"eventType", SupportEventType::parse);
		LocalDate plannedDate = formValues.getDate("plannedDate");

		SupportEventData supportEventData = new SupportEventData(
			type, formValues.getString("title"), plannedDate,
			formValues.getString("participants"),
			formValues.getString("expectedResult"));

		formValues.throwIfUnreadable(
			supportEventData.validate(
				null, null
			).list());

		return supportEventData;
	}

	private SupportEventDataParser() {
	}

}
