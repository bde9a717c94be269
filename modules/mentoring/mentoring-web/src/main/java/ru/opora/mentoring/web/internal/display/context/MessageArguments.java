package ru.opora.mentoring.web.internal.display.context;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;

/**
 * The arguments of a domain message as the portlet shows them: the domain
 * core's {@link ru.opora.domain.text.MessageArguments} with the request's
 * number format and language; days in the user's format, assignment and
 * event status codes as their labels.
 *
 * @author Opora
 */
public class MessageArguments {

	public MessageArguments(Figures figures, Dates dates, Translator translator) {
		_dates = dates;
		_translator = translator;
		_messageArguments = new ru.opora.domain.text.MessageArguments(
			figures::format, translator::get);
	}

	public Object[] localize(List<Object> arguments) {
		List<Object> converted = new ArrayList<>();

		for (Object argument : arguments) {
			if (argument instanceof LocalDate) {
				converted.add(_dates.format((LocalDate)argument));
			}
			else if ((argument instanceof String) &&
					 _STATUS_CODES.contains(argument)) {

				converted.add(
					_translator.get(
						(AssignmentStatus.parse(
							(String)argument
						).isPresent() ? "opora-mentoring-status-" :
							"opora-mentoring-event-status-") + argument));
			}
			else {
				converted.add(argument);
			}
		}

		return _messageArguments.localize(converted);
	}

	private static final Set<String> _STATUS_CODES = new HashSet<>();

	static {
		for (AssignmentStatus assignmentStatus : AssignmentStatus.values()) {
			_STATUS_CODES.add(assignmentStatus.code());
		}

		for (SupportEventStatus supportEventStatus :
				SupportEventStatus.values()) {

			_STATUS_CODES.add(supportEventStatus.code());
		}
	}

	private final Dates _dates;
	private final ru.opora.domain.text.MessageArguments _messageArguments;
	private final Translator _translator;

}
