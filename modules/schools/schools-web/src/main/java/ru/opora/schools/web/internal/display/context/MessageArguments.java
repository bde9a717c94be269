package ru.opora.schools.web.internal.display.context;

import java.util.List;

/**
 * The arguments of a domain message as the portlet shows them: the domain
 * core's {@link ru.opora.domain.text.MessageArguments} with the request's
 * number format and language.
 *
 * @author Opora
 */
public class MessageArguments {

	public MessageArguments(Figures figures, Translator translator) {
		_messageArguments = new ru.opora.domain.text.MessageArguments(figures::format, translator::get);
	}

	public Object[] localize(List<Object> arguments) {
		return _messageArguments.localize(arguments);
	}

	private final ru.opora.domain.text.MessageArguments _messageArguments;

}
