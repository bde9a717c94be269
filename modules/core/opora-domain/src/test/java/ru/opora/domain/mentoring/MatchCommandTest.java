package ru.opora.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

	@Test
	void assignsEverySchool() throws IOException {
		Result result = _run(
			"supported,mentor,cost\nA,X,5\nA,Y,1\nB,X,2\nB,Y,2.5\n", "mentor,capacity\nX,1\nY,1\n");

		assertEquals(0, result.code);
		assertEquals("A,Y\nB,X\ntotal cost: 3\n", result.out);
	}

	@Test
	void reportsUnassignedSchools() throws IOException {
		Result result = _run(
			"supported,mentor,cost\nC,X,1\nA,X,0.25\nB,Y,7\nA,Y,2.25\nD,Z,1\n", "mentor,capacity\nX,1\nY,1\n");

		// Z is missing from the capacities: capacity 0

		assertEquals(1, result.code);
		assertEquals("C,X\nA,Y\nunassigned: B, D\ntotal cost: 3.25\n", result.out);
	}

	@Test
	void prefersMoreSchoolsOverCheaperOnes() throws IOException {
		Result result = _run(
			"supported,mentor,cost\nA,X,0\nA,Y,100\nB,X,100\n", "mentor,capacity\nX,1\nY,1\n");

		assertEquals(0, result.code);
		assertEquals("A,Y\nB,X\ntotal cost: 200\n", result.out);
	}

	@Test
	void toleratesBomCrlfBlankLinesSpacesAndQuotes() throws IOException {
		Result result = _run(
			"\uFEFFsupported , mentor , cost\r\n\r\n  \"A, the first\" , X , 1.50 \r\n   \r\nB,\"Y\",2e0\r\n",
			"\uFEFF\"mentor\",\"capacity\"\r\nX, 1\r\n\r\nY ,+2\r\n");

		assertEquals(0, result.code, result.out);
		assertEquals("\"A, the first\",X\nB,Y\ntotal cost: 3.5\n", result.out);
	}

	@Test
	void emptyCostsFileAssignsNothing() throws IOException {
		Result result = _run("supported,mentor,cost\n", "mentor,capacity\n");

		assertEquals(0, result.code);
		assertEquals("total cost: 0\n", result.out);
	}

	@Test
	void totalCostHasNoFloatingNoise() throws IOException {
		Result result = _run(
			"supported,mentor,cost\nA,X,0.1\nB,Y,0.2\nC,Z,0.30\n", "mentor,capacity\nX,1\nY,1\nZ,1\n");

		assertEquals("A,X\nB,Y\nC,Z\ntotal cost: 0.6\n", result.out);
	}

	@Test
	void malformedCosts() throws IOException {
		String capacities = "mentor,capacity\nX,1\n";

		_assertMalformed("supported,mentor,cost\nA,X,1\n\nB,X,-1\n", capacities,
			"costs.csv:4: cost must be a non-negative number");
		_assertMalformed("supported,mentor,cost\nA,X,abc\n", capacities,
			"costs.csv:2: cost must be a non-negative number");
		_assertMalformed("supported,mentor,cost\nA,X,NaN\n", capacities,
			"costs.csv:2: cost must be a non-negative number");
		_assertMalformed("supported,mentor,cost\nA,X,\"1,5\"\n", capacities,
			"costs.csv:2: cost must be a non-negative number");
		_assertMalformed("supported,mentor,cost\nA,X,1e999\n", capacities, "costs.csv:2: cost is too large");
		_assertMalformed("supported,mentor,cost\nA,X\n", capacities,
			"costs.csv:2: expected 3 fields supported,mentor,cost, found 2");
		_assertMalformed("supported,mentor,cost\nA,X,1,2\n", capacities,
			"costs.csv:2: expected 3 fields supported,mentor,cost, found 4");
		_assertMalformed("supported,mentor,cost\n,X,1\n", capacities, "costs.csv:2: supported id is empty");
		_assertMalformed("supported,mentor,cost\nA, ,1\n", capacities, "costs.csv:2: mentor id is empty");
		_assertMalformed("supported,mentor,cost\nA,X,1\r\nB,X,2\r\nA,X,3\r\n", capacities,
			"costs.csv:4: duplicate pair A,X (first on line 2)");
		_assertMalformed("supported,mentor,cost\nX,X,1\n", capacities,
			"costs.csv:2: a school cannot mentor itself: X");
		_assertMalformed("supported,mentor,cost\n\"A,X,1\n", capacities, "costs.csv:2: unterminated quoted field");
		_assertMalformed("supported,mentor,cost\nA\"B,X,1\n", capacities, "costs.csv:2: misplaced quote");
		_assertMalformed("A,X,1\nB,X,2\n", capacities, "costs.csv:1: expected a header line supported,mentor,cost");
		_assertMalformed("", capacities, "costs.csv:1: expected a header line supported,mentor,cost");
		_assertMalformed("\n\n", capacities, "costs.csv:2: expected a header line supported,mentor,cost");
	}

	@Test
	void malformedCapacities() throws IOException {
		String costs = "supported,mentor,cost\nA,X,1\n";

		_assertMalformed(costs, "mentor,capacity\nX,-1\n", "capacities.csv:2: capacity must be a non-negative integer");
		_assertMalformed(costs, "mentor,capacity\nX,2.0\n", "capacities.csv:2: capacity must be a non-negative integer");
		_assertMalformed(costs, "mentor,capacity\nX,two\n", "capacities.csv:2: capacity must be a non-negative integer");
		_assertMalformed(costs, "mentor,capacity\nX,99999999999\n", "capacities.csv:2: capacity is too large");
		_assertMalformed(costs, "mentor,capacity\n\nX,1\nY,1\nX,2\n",
			"capacities.csv:5: duplicate mentor X (first on line 3)");
		_assertMalformed(costs, "mentor,capacity\nX\n", "capacities.csv:2: expected 2 fields mentor,capacity, found 1");
		_assertMalformed(costs, "X,1\n", "capacities.csv:1: expected a header line mentor,capacity");
		_assertMalformed(costs, "mentor,capacity\n,1\n", "capacities.csv:2: mentor id is empty");
	}

	@Test
	void missingFileIsMalformed() throws IOException {
		Path costs = _write("costs.csv", "supported,mentor,cost\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int code = new MatchCommand().run(
			costs, _directory.resolve("nowhere.csv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertEquals(2, code);

		String out = bytes.toString(StandardCharsets.UTF_8);

		assertEquals(true, out.startsWith("nowhere.csv: cannot read the file"), out);
		assertFalse(out.contains("\tat "), out);
	}

	@Test
	void invalidUtf8IsMalformed() throws IOException {
		Path costs = _directory.resolve("costs.csv");

		Files.write(costs, new byte[] {'s', ',', 'm', ',', 'c', '\n', 'A', ',', (byte)0xC3, (byte)0x28, ',', '1', '\n'});

		Result result = _run(costs, _write("capacities.csv", "mentor,capacity\n"));

		assertEquals(2, result.code);
		assertEquals(true, result.out.startsWith("costs.csv: cannot read the file (MalformedInputException"), result.out);
	}

	@Test
	void splitsQuotedFields() throws Exception {
		assertEquals(java.util.List.of("a \"b\"", "", "c"), MatchCommand.splitLine(" \"a \"\"b\"\"\" , , c "));
		assertEquals(java.util.List.of("", ""), MatchCommand.splitLine(","));
	}

	private void _assertMalformed(String costs, String capacities, String message) throws IOException {
		Result result = _run(costs, capacities);

		assertEquals(2, result.code, result.out);
		assertEquals(message + "\n", result.out);
	}

	private Result _run(Path costs, Path capacities) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int code = new MatchCommand().run(costs, capacities, new PrintStream(bytes, true, StandardCharsets.UTF_8));

		return new Result(code, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
	}

	private Result _run(String costs, String capacities) throws IOException {
		return _run(_write("costs.csv", costs), _write("capacities.csv", capacities));
	}

	private Path _write(String name, String content) throws IOException {
		return Files.writeString(_directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	@TempDir
	Path _directory;

	private record Result(int code, String out) {
	}

}
