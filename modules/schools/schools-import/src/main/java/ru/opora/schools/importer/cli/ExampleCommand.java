package ru.opora.schools.importer.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import ru.opora.schools.importer.ExampleWorkbook;

/**
 * {@code example DIR}: writes a filled example workbook (a rural district
 * modelled on seed 001) to try validate, identify and the portal's import on.
 */
public final class ExampleCommand implements CliCommand {

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		if (arguments.size() != 1) {
			return OporaCli.usageError(context, "example " + usage());
		}

		Path file = ExampleWorkbook.ivanteevka().writeTo(Paths.get(arguments.get(0)));

		context.out().println(file);

		return OporaCli.EXIT_OK;
	}

	@Override
	public String usage() {
		return "DIR  write a filled example workbook (" + ExampleWorkbook.FILE_NAME + ") into DIR";
	}

}
