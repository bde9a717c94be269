package ru.opora.schools.importer.cli;

import java.io.PrintStream;
import java.util.Locale;

import ru.opora.schools.importer.MessageFormatter;

/** What a command may use: the output streams and the language chosen. */
public final class CliContext {

	public CliContext(PrintStream out, PrintStream err, Locale locale) {
		_out = out;
		_err = err;
		_locale = locale;
		_formatter = new MessageFormatter(locale);
	}

	public PrintStream err() {
		return _err;
	}

	public MessageFormatter formatter() {
		return _formatter;
	}

	public Locale locale() {
		return _locale;
	}

	public PrintStream out() {
		return _out;
	}

	private final PrintStream _err;
	private final MessageFormatter _formatter;
	private final Locale _locale;
	private final PrintStream _out;

}
