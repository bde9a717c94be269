package ru.opora.schools.importer.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import ru.opora.schools.importer.TemplateWriter;

/** {@code template DIR}: writes the blank import template into DIR. */
public final class TemplateCommand implements CliCommand {

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		if (arguments.size() != 1) {
			return OporaCli.usageError(context, "template " + usage());
		}

		Path file = new TemplateWriter().writeTo(Paths.get(arguments.get(0)));

		context.out().println(file);

		return OporaCli.EXIT_OK;
	}

	@Override
	public String usage() {
		return "DIR  write the blank import template (" + TemplateWriter.FILE_NAME + ") into DIR";
	}

}
