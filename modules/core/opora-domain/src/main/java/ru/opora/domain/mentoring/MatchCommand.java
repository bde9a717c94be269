package ru.opora.domain.mentoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Command-line front end of the mentor assignment: reads two CSV files,
 * prints the suggested pairs.
 *
 * <p>
 * Input (UTF-8, an optional byte order mark, LF or CRLF line ends):
 * </p>
 *
 * <ul>
 * <li>
 * costs file: a header line, then {@code supported,mentor,cost} per allowed
 * pair. The cost is a non-negative decimal with a dot ({@code 12}, {@code 0.5},
 * {@code 1e3}); every distinct supported id is a supported school.
 * </li>
 * <li>
 * capacities file: a header line, then {@code mentor,capacity}; the capacity
 * is a non-negative integer.
 * </li>
 * </ul>
 *
 * <p>
 * Decisions: the header is the first non-blank line, taken as a header only
 * if it has the right number of fields and its last field is not a number
 * (names are not checked, so they may be localised); blank lines are skipped
 * everywhere and line numbers count every physical line; whitespace around
 * fields is trimmed; a field may be double-quoted ({@code ""} inside for a
 * quote, no line breaks); ids are case-sensitive. Malformed: a wrong number of
 * fields, an empty id, a bad number, a duplicate pair or duplicate mentor
 * line, and a school paired with itself. A mentor missing from the capacities
 * file has capacity 0 (its pairs are never used); a mentor only in the
 * capacities file is ignored. The first problem found stops the command
 * (costs file first) and nothing but its message is printed.
 * </p>
 *
 * <p>
 * Output: one {@code supported,mentor} line per assigned pair, in the order
 * the supported schools first appear in the costs file (ids with a comma,
 * quote or surrounding space are quoted); then {@code unassigned: A, B} (same
 * order) if some school got no mentor; and last {@code total cost: X}, X being
 * the exact decimal sum of the chosen costs without trailing zeros. Costs are
 * compared exactly up to 9 decimal places.
 * </p>
 *
 * <p>
 * Exit codes: {@link #EXIT_COMPLETE}, {@link #EXIT_INCOMPLETE},
 * {@link #EXIT_MALFORMED} (message {@code file:line: problem}, or
 * {@code file: problem} when the file cannot be read; the file is named by
 * its file name).
 * </p>
 */
public class MatchCommand {

	/** Every supported school got a mentor. */
	public static final int EXIT_COMPLETE = 0;

	/** Some supported school could not be assigned. */
	public static final int EXIT_INCOMPLETE = 1;

	/** A file is malformed or cannot be read. */
	public static final int EXIT_MALFORMED = 2;

	/** Prints the result, and any error, to {@code out}. */
	public int run(Path costsCsv, Path capacitiesCsv, PrintStream out) {
		return run(costsCsv, capacitiesCsv, out, out);
	}

	/** Prints the result to {@code out} and a malformed-file message to {@code err}. */
	public int run(Path costsCsv, Path capacitiesCsv, PrintStream out, PrintStream err) {
		BufferedReader costs = null;
		BufferedReader capacities = null;

		try {
			costs = _open(costsCsv, err);

			if (costs == null) {
				return EXIT_MALFORMED;
			}

			capacities = _open(capacitiesCsv, err);

			if (capacities == null) {
				return EXIT_MALFORMED;
			}

			return run(costs, _name(costsCsv), capacities, _name(capacitiesCsv), out, err);
		}
		finally {
			_close(costs);
			_close(capacities);
		}
	}

	/**
	 * Reader-based variant; the names are used in messages. The readers are
	 * not closed.
	 */
	public int run(
		Reader costsCsv, String costsName, Reader capacitiesCsv, String capacitiesName, PrintStream out,
		PrintStream err) {

		Map<String, Integer> capacities = new LinkedHashMap<>();
		List<Pair> pairs = new ArrayList<>();

		try {
			_readCosts(_buffered(costsCsv), costsName, pairs);
			_readCapacities(_buffered(capacitiesCsv), capacitiesName, capacities);
		}
		catch (MalformedException malformedException) {
			err.println(malformedException.getMessage());
			err.flush();

			return EXIT_MALFORMED;
		}

		MentorMatchingProblem problem = new MentorMatchingProblem();

		for (Map.Entry<String, Integer> entry : capacities.entrySet()) {
			problem.addMentor(entry.getKey(), entry.getValue());
		}

		int scale = 0;

		for (Pair pair : pairs) {
			if (problem.getSupportedIndex(pair.supported) < 0) {
				problem.addSupported(pair.supported);
			}

			if (problem.getMentorIndex(pair.mentor) < 0) {
				problem.addMentor(pair.mentor, 0);
			}

			scale = Math.max(scale, pair.cost.stripTrailingZeros().scale());
		}

		problem.setResolution(Math.pow(10, -Math.min(scale, 9)));

		Map<Long, Integer> pairIndexes = new HashMap<>();

		for (int i = 0; i < pairs.size(); i++) {
			Pair pair = pairs.get(i);
			int supported = problem.getSupportedIndex(pair.supported);
			int mentor = problem.getMentorIndex(pair.mentor);

			problem.allow(supported, mentor, pair.cost.doubleValue());
			pairIndexes.put(((long)supported << 32) | mentor, i);
		}

		MentorMatching matching = problem.solve();

		BigDecimal total = BigDecimal.ZERO;

		for (MentorAssignment assignment : matching.getAssignments()) {
			Pair pair = pairs.get(
				pairIndexes.get(((long)assignment.getSupportedIndex() << 32) | assignment.getMentorIndex()));

			total = total.add(pair.cost);
			out.println(_quote(assignment.getSupportedId()) + "," + _quote(assignment.getMentorId()));
		}

		if (!matching.isComplete()) {
			StringBuilder sb = new StringBuilder("unassigned: ");

			for (int i = 0; i < matching.getUnassigned().size(); i++) {
				if (i > 0) {
					sb.append(", ");
				}

				sb.append(_quote(matching.getUnassigned().get(i)));
			}

			out.println(sb);
		}

		out.println("total cost: " + formatNumber(total));
		out.flush();

		return matching.isComplete() ? EXIT_COMPLETE : EXIT_INCOMPLETE;
	}

	/** Plain decimal without trailing zeros: 12.5, 7, 0. */
	static String formatNumber(BigDecimal value) {
		if (value.signum() == 0) {
			return "0";
		}

		return value.stripTrailingZeros().toPlainString();
	}

	/** Splits one CSV line; throws with the problem (no line number). */
	static List<String> splitLine(String line) throws MalformedException {
		List<String> fields = new ArrayList<>();
		int length = line.length();
		int i = 0;

		while (true) {
			while ((i < length) && _isBlank(line.charAt(i))) {
				i++;
			}

			if ((i < length) && (line.charAt(i) == '"')) {
				StringBuilder sb = new StringBuilder();

				i++;

				while (true) {
					if (i >= length) {
						throw new MalformedException("unterminated quoted field");
					}

					char c = line.charAt(i++);

					if (c == '"') {
						if ((i < length) && (line.charAt(i) == '"')) {
							sb.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						sb.append(c);
					}
				}

				while ((i < length) && _isBlank(line.charAt(i))) {
					i++;
				}

				if ((i < length) && (line.charAt(i) != ',')) {
					throw new MalformedException("unexpected text after a quoted field");
				}

				fields.add(sb.toString());
			}
			else {
				int comma = line.indexOf(',', i);
				int end = (comma < 0) ? length : comma;
				String field = line.substring(i, end).strip();

				if (field.indexOf('"') >= 0) {
					throw new MalformedException("misplaced quote");
				}

				fields.add(field);
				i = end;
			}

			if (i >= length) {
				return fields;
			}

			i++; // the comma
		}
	}

	/** A file:line problem; the message is ready to print. */
	static class MalformedException extends Exception {

		MalformedException(String message) {
			super(message);
		}

		private static final long serialVersionUID = 1L;

	}

	private static BufferedReader _buffered(Reader reader) {
		if (reader instanceof BufferedReader) {
			return (BufferedReader)reader;
		}

		return new BufferedReader(reader);
	}

	private static void _close(BufferedReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (IOException ioException) {

				// Nothing was written

			}
		}
	}

	private static String _describe(IOException ioException) {
		String message = ioException.getMessage();

		if (message == null) {
			return ioException.getClass().getSimpleName();
		}

		return ioException.getClass().getSimpleName() + ": " + message;
	}

	private static boolean _isBlank(char c) {
		return Character.isWhitespace(c);
	}

	private static String _name(Path path) {
		Path fileName = path.getFileName();

		return (fileName == null) ? path.toString() : fileName.toString();
	}

	private static BufferedReader _open(Path path, PrintStream err) {
		try {
			return Files.newBufferedReader(path, StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			err.println(_name(path) + ": cannot read the file (" + _describe(ioException) + ")");
			err.flush();

			return null;
		}
	}

	private static String _quote(String id) {
		if ((id.indexOf(',') < 0) && (id.indexOf('"') < 0) && id.equals(id.strip())) {
			return id;
		}

		return '"' + id.replace("\"", "\"\"") + '"';
	}

	/**
	 * Reads the data lines of a file: skips blank lines, strips a BOM, checks
	 * the header and the number of fields. Returns {line number, fields...}
	 * per line.
	 */
	private static List<Object[]> _readData(
			BufferedReader reader, String name, String header, int fieldCount, Pattern valuePattern)
		throws MalformedException {

		List<Object[]> lines = new ArrayList<>();
		boolean headerSeen = false;
		int number = 0;
		String line;

		while (true) {
			try {
				line = reader.readLine();
			}
			catch (IOException ioException) {
				// Decoding runs ahead of the lines, so no line number

				throw new MalformedException(name + ": cannot read the file (" + _describe(ioException) + ")");
			}

			if (line == null) {
				break;
			}

			number++;

			if ((number == 1) && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}

			if (line.isBlank()) {
				continue;
			}

			List<String> fields;

			try {
				fields = splitLine(line);
			}
			catch (MalformedException malformedException) {
				throw new MalformedException(name + ":" + number + ": " + malformedException.getMessage());
			}

			if (!headerSeen) {
				headerSeen = true;

				if ((fields.size() != fieldCount) ||
					valuePattern.matcher(fields.get(fieldCount - 1)).matches()) {

					throw new MalformedException(name + ":" + number + ": expected a header line " + header);
				}

				continue;
			}

			if (fields.size() != fieldCount) {
				throw new MalformedException(
					name + ":" + number + ": expected " + fieldCount + " fields " + header + ", found " +
						fields.size());
			}

			lines.add(new Object[] {number, fields});
		}

		if (!headerSeen) {
			throw new MalformedException(name + ":" + Math.max(number, 1) + ": expected a header line " + header);
		}

		return lines;
	}

	@SuppressWarnings("unchecked")
	private void _readCapacities(BufferedReader reader, String name, Map<String, Integer> capacities)
		throws MalformedException {

		Map<String, Integer> lineOf = new HashMap<>();

		for (Object[] data : _readData(reader, name, "mentor,capacity", 2, _NUMBER)) {
			int number = (Integer)data[0];
			List<String> fields = (List<String>)data[1];
			String prefix = name + ":" + number + ": ";

			String mentor = fields.get(0);

			if (mentor.isBlank()) {
				throw new MalformedException(prefix + "mentor id is empty");
			}

			String value = fields.get(1);

			if (!_INTEGER.matcher(value).matches()) {
				throw new MalformedException(prefix + "capacity must be a non-negative integer");
			}

			BigDecimal capacity = new BigDecimal(value);

			if (capacity.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
				throw new MalformedException(prefix + "capacity is too large");
			}

			Integer first = lineOf.putIfAbsent(mentor, number);

			if (first != null) {
				throw new MalformedException(prefix + "duplicate mentor " + mentor + " (first on line " + first + ")");
			}

			capacities.put(mentor, capacity.intValue());
		}
	}

	@SuppressWarnings("unchecked")
	private void _readCosts(BufferedReader reader, String name, List<Pair> pairs)
		throws MalformedException {

		Map<String, Integer> lineOf = new HashMap<>();

		for (Object[] data : _readData(reader, name, "supported,mentor,cost", 3, _NUMBER)) {
			int number = (Integer)data[0];
			List<String> fields = (List<String>)data[1];
			String prefix = name + ":" + number + ": ";

			String supported = fields.get(0);
			String mentor = fields.get(1);

			if (supported.isBlank()) {
				throw new MalformedException(prefix + "supported id is empty");
			}

			if (mentor.isBlank()) {
				throw new MalformedException(prefix + "mentor id is empty");
			}

			if (supported.equals(mentor)) {
				throw new MalformedException(prefix + "a school cannot mentor itself: " + supported);
			}

			String value = fields.get(2);

			if (!_NUMBER.matcher(value).matches()) {
				throw new MalformedException(prefix + "cost must be a non-negative number");
			}

			BigDecimal cost = new BigDecimal(value);

			if (Double.isInfinite(cost.doubleValue())) {
				throw new MalformedException(prefix + "cost is too large");
			}

			Integer first = lineOf.putIfAbsent(supported + '\u0000' + mentor, number);

			if (first != null) {
				throw new MalformedException(
					prefix + "duplicate pair " + supported + "," + mentor + " (first on line " + first + ")");
			}

			pairs.add(new Pair(supported, mentor, cost));
		}
	}

	private static final Pattern _INTEGER = Pattern.compile("\\+?[0-9]+");

	private static final Pattern _NUMBER = Pattern.compile(
		"\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

	private static class Pair {

		Pair(String supported, String mentor, BigDecimal cost) {
			this.supported = supported;
			this.mentor = mentor;
			this.cost = cost;
		}

		final BigDecimal cost;
		final String mentor;
		final String supported;

	}

}
