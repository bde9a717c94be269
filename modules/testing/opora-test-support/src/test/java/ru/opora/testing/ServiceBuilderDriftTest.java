package ru.opora.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceBuilderDriftTest {

	@Test
	void reportsChangedAndNewFiles(@TempDir Path tempDir) throws Exception {
		Path committed = tempDir.resolve("committed");
		Path regenerated = tempDir.resolve("regenerated");

		_write(committed.resolve("a/Same.java"), "same");
		_write(committed.resolve("a/Changed.java"), "old");
		_write(committed.resolve("a/OnlyCommitted.java"), "hand-written");
		_write(regenerated.resolve("a/Same.java"), "same");
		_write(regenerated.resolve("a/Changed.java"), "new");
		_write(regenerated.resolve("b/New.java"), "new entity");

		assertEquals(
			List.of(
				"differs from service.xml: " + committed.resolve("a/Changed.java"),
				"generated but not committed: " + committed.resolve("b/New.java")),
			ServiceBuilderDrift.compare(regenerated, committed));
	}

	@Test
	void identicalTreesHaveNoDrift(@TempDir Path tempDir) throws Exception {
		_write(tempDir.resolve("x/A.java"), "a");
		_write(tempDir.resolve("y/A.java"), "a");

		assertEquals(
			List.of(), ServiceBuilderDrift.compare(tempDir.resolve("x"), tempDir.resolve("y")));
	}

	private static void _write(Path path, String content) throws Exception {
		Files.createDirectories(path.getParent());
		Files.writeString(path, content);
	}

}
