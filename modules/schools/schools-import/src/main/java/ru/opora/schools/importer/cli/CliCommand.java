package ru.opora.schools.importer.cli;

import java.util.List;

/** One command of {@link OporaCli}: {@code opora <name> <arguments…>}. */
public interface CliCommand {

	/** Runs the command; returns the exit code ({@link OporaCli#EXIT_OK}…). Never calls System.exit. */
	public int run(List<String> arguments, CliContext context) throws Exception;

	/** One line: arguments and what the command does, e.g. {@code FILE  check a workbook}. */
	public String usage();

}
