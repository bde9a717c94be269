package ru.opora.schools.importer.cli;

import java.nio.file.Paths;
import java.util.List;

import ru.opora.domain.mentoring.MatchCommand;

/**
 * {@code match COSTS.csv CAPACITIES.csv}: the optimal assignment of supported
 * schools to mentors for an analyst's own cost table (the domain core's
 * solver). Exit 0 when every school is assigned, 1 otherwise, 2 on a
 * malformed file.
 */
public final class MatchCliCommand implements CliCommand {

	@Override
	public int run(List<String> arguments, CliContext context) {
		if (arguments.size() != 2) {
			return OporaCli.usageError(context, "match " + usage());
		}

		return new MatchCommand().run(
			Paths.get(arguments.get(0)), Paths.get(arguments.get(1)), context.out(), context.err());
	}

	@Override
	public String usage() {
		return "COSTS.csv CAPACITIES.csv  assign supported schools to mentors at the least total cost";
	}

}
