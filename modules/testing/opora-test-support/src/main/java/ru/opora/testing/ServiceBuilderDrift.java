package ru.opora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares what Service Builder regenerated into a copy of a module's sources
 * (the {@code service-builder-drift-check} execution of the root pom) with the
 * committed sources. Any difference means service.xml and the committed code
 * disagree.
 */
public final class ServiceBuilderDrift {

	/** Reads the directories the root pom passes to surefire. */
	public static List<String> findFromSystemProperties() {
		Path checkDir = _path("opora.sb.check.dir");

		if (!Files.isDirectory(checkDir.resolve("service/src/main/java"))) {
			throw new IllegalStateException(
				"Service Builder did not regenerate into " + checkDir +
					": run the build through Maven (mvn verify)");
		}

		List<String> drift = new ArrayList<>();

		drift.addAll(compare(checkDir.resolve("api/src/main/java"), _path("opora.sb.api.dir")));
		drift.addAll(compare(checkDir.resolve("service/src/main/java"), _path("opora.sb.impl.dir")));
		drift.addAll(
			compare(checkDir.resolve("service/src/main/resources"), _path("opora.sb.resources.dir")));

		return drift;
	}

	/**
	 * Lists the files that differ between a regenerated tree and the committed
	 * one, and those regenerated but not committed.
	 */
	public static List<String> compare(Path regenerated, Path committed) {
		List<String> drift = new ArrayList<>();

		Set<Path> regeneratedFiles = _files(regenerated);
		Set<Path> committedFiles = _files(committed);

		for (Path file : regeneratedFiles) {
			if (!committedFiles.contains(file)) {
				drift.add("generated but not committed: " + committed.resolve(file));
			}
			else if (!_sameContent(regenerated.resolve(file), committed.resolve(file))) {
				drift.add("differs from service.xml: " + committed.resolve(file));
			}
		}

		return drift;
	}

	private static Set<Path> _files(Path root) {
		if (!Files.isDirectory(root)) {
			return new TreeSet<>();
		}

		try (Stream<Path> stream = Files.walk(root)) {
			return stream.filter(
				Files::isRegularFile
			).map(
				root::relativize
			).collect(
				Collectors.toCollection(TreeSet::new)
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static Path _path(String property) {
		String value = System.getProperty(property);

		if (value == null) {
			throw new IllegalStateException(
				"System property " + property + " is not set: run the build through Maven");
		}

		return Path.of(value).normalize();
	}

	private static boolean _sameContent(Path a, Path b) {
		try {
			return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private ServiceBuilderDrift() {
	}

}
