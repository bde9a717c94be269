package ru.opora.osgicheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the build put the OSGi runtime and the bundles under test. */
final class CheckPaths {

	static Path modulesDir() {
		return _path("opora.modules.dir");
	}

	static List<Path> oporaBundles() throws IOException {
		try (Stream<Path> stream = Files.list(_path("opora.bundles.dir"))) {
			return stream.filter(
				path -> path.toString().endsWith(".jar")
			).sorted(
			).collect(
				Collectors.toList()
			);
		}
	}

	static OsgiStartupCheck startFramework(Path storage) throws Exception {
		return OsgiStartupCheck.start(
			_path("opora.osgi.runtime.dir"), storage, _path("opora.platform.cache.dir"));
	}

	private static Path _path(String property) {
		String value = System.getProperty(property);

		if (value == null) {
			throw new IllegalStateException(property + " is not set: run through Maven");
		}

		return Path.of(value).toAbsolutePath().normalize();
	}

	private CheckPaths() {
	}

}
