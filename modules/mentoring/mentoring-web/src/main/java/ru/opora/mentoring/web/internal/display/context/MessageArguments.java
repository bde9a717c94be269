package ru.opora.mentoring.web.internal.display.context;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a domain message as the portlet shows them: the domain
 * core's {@link ru.opora.domain.text.MessageArguments} with the request's
 * number format and language; days in the user's format.
 *
 * @author Opora
 */
public class MessageArguments {

	public MessageArguments(Figures figures, Dates dates, Translator translator) {
		_dates = dates;
		_messageArguments = new ru.opora.domain.text.MessageArguments(
			figures::format, translator::get);
	}

	public Object[] localize(List<Object> arguments) {
		List<Object> converted = new ArrayList<>();

		for (Object argument : arguments) {
			if (argument instanceof LocalDate) {
				converted.add(_dates.format((LocalDate)argument));
			}
			else {
				converted.add(argument);
			}
		}

		return _messageArguments.localize(converted);
	}

	private final Dates _dates;
	private final ru.opora.domain.text.MessageArguments _messageArguments;

}
