package ru.opora.schools.importer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opora's command-line tool: {@code java -jar opora-cli.jar <command> …
 * [--lang ru|en]}. Commands live in a map; add one with
 * {@link #register(String, CliCommand)} in {@link #OporaCli()}.
 */
public final class OporaCli {

	public static final int EXIT_OK = 0;

	/** Rows were rejected. */
	public static final int EXIT_REJECTED = 1;

	/** The file is unreadable or hostile, or the command line is wrong. */
	public static final int EXIT_UNREADABLE = 2;

	public static void main(String[] args) {
		_quietLogging();

		PrintStream out = _console(FileDescriptor.out);
		PrintStream err = _console(FileDescriptor.err);

		int exitCode = new OporaCli().run(args, out, err);

		out.flush();
		err.flush();

		System.exit(exitCode);
	}

	/** Prints the usage line of a command to err; returns {@link #EXIT_UNREADABLE}. */
	public static int usageError(CliContext context, String usage) {
		context.err().println("usage: opora " + usage);

		return EXIT_UNREADABLE;
	}

	public OporaCli() {
		register("template", new TemplateCommand());
		register("validate", new ValidateCommand());
		register("example", new ExampleCommand());
		register("identify", new IdentifyCommand());
		register("match", new MatchCliCommand());
	}

	/** The commands by name, in registration order. */
	public Map<String, CliCommand> commands() {
		return Collections.unmodifiableMap(_commands);
	}

	public OporaCli register(String name, CliCommand command) {
		_commands.put(name, command);

		return this;
	}

	/** Runs a command line; returns the exit code, never exits the JVM. */
	public int run(String[] args, PrintStream out, PrintStream err) {
		List<String> arguments = new ArrayList<>();
		Locale locale = new Locale("ru");

		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--lang") && (i + 1 < args.length)) {
				locale = new Locale(args[++i]);
			}
			else if (args[i].startsWith("--lang=")) {
				locale = new Locale(args[i].substring("--lang=".length()));
			}
			else {
				arguments.add(args[i]);
			}
		}

		if (!"ru".equals(locale.getLanguage())) {
			locale = Locale.ENGLISH;
		}

		CliContext context = new CliContext(out, err, locale);

		if (arguments.isEmpty() || !_commands.containsKey(arguments.get(0))) {
			if (!arguments.isEmpty() && !arguments.get(0).equals("help") && !arguments.get(0).equals("--help")) {
				err.println("Unknown command: " + arguments.get(0));
			}

			_usage(err);

			return EXIT_UNREADABLE;
		}

		try {
			return _commands.get(arguments.get(0)).run(arguments.subList(1, arguments.size()), context);
		}
		catch (Exception | Error throwable) {
			err.println(
				arguments.get(0) + ": " + throwable.getClass().getSimpleName() +
					((throwable.getMessage() == null) ? "" : ": " + throwable.getMessage()));

			return EXIT_UNREADABLE;
		}
	}

	private static PrintStream _console(FileDescriptor fileDescriptor) {
		String encoding = System.getProperty(
			(fileDescriptor == FileDescriptor.out) ? "sun.stdout.encoding" : "sun.stderr.encoding", "UTF-8");

		try {
			return new PrintStream(new FileOutputStream(fileDescriptor), true, encoding);
		}
		catch (UnsupportedEncodingException unsupportedEncodingException) {
			return (fileDescriptor == FileDescriptor.out) ? System.out : System.err;
		}
	}

	/** POI logs through log4j-api; with no log4j implementation keep it silent. */
	private static void _quietLogging() {
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty(
				"log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}

		if (System.getProperty("log4j2.simplelogLevel") == null) {
			System.setProperty("log4j2.simplelogLevel", "OFF");
		}

		if (System.getProperty("log4j2.statusLoggerLevel") == null) {
			System.setProperty("log4j2.statusLoggerLevel", "OFF");
		}
	}

	private void _usage(PrintStream err) {
		err.println("usage: opora <command> [arguments] [--lang ru|en]");

		for (Map.Entry<String, CliCommand> entry : _commands.entrySet()) {
			err.println("  " + entry.getKey() + " " + entry.getValue().usage());
		}

		err.println("exit codes: 0 clean, 1 rows rejected, 2 file unreadable or hostile / wrong usage");
	}

	private final Map<String, CliCommand> _commands = new LinkedHashMap<>();

}
