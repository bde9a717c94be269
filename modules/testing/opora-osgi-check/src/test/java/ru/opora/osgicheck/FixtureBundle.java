package ru.opora.osgicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds small bundles that must fail the start-up check. */
final class FixtureBundle {

	static FixtureBundle named(String symbolicName) {
		return new FixtureBundle(symbolicName);
	}

	FixtureBundle component(String name, Class<?> implementation, String body) {
		_components.put(
			name,
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
				"<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + name +
					"\" immediate=\"true\" activate=\"activate\">\n" + "<implementation class=\"" + implementation.getName() + "\"/>\n" +
						body + "</scr:component>\n");
		_classes.put(implementation.getName().replace('.', '/') + ".class", implementation);

		return this;
	}

	FixtureBundle header(String name, String value) {
		_headers.put(name, value);

		return this;
	}

	Path write(Path dir) throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", _symbolicName);
		attributes.putValue("Bundle-Version", "1.0.0");

		if (!_components.isEmpty()) {
			attributes.putValue(
				"Service-Component",
				String.join(",", _components.keySet().stream().map(name -> "OSGI-INF/" + name + ".xml").toList()));
		}

		_headers.forEach(attributes::putValue);

		Path file = dir.resolve(_symbolicName + ".jar");

		try (OutputStream outputStream = Files.newOutputStream(file);
			JarOutputStream jarOutputStream = new JarOutputStream(outputStream, manifest)) {

			for (Map.Entry<String, String> entry : _components.entrySet()) {
				jarOutputStream.putNextEntry(new JarEntry("OSGI-INF/" + entry.getKey() + ".xml"));
				jarOutputStream.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
			}

			for (Map.Entry<String, Class<?>> entry : _classes.entrySet()) {
				jarOutputStream.putNextEntry(new JarEntry(entry.getKey()));

				try (InputStream inputStream = entry.getValue().getResourceAsStream(
						entry.getValue().getSimpleName() + ".class")) {

					jarOutputStream.write(inputStream.readAllBytes());
				}
			}
		}

		return file;
	}

	private FixtureBundle(String symbolicName) {
		_symbolicName = symbolicName;
	}

	private final Map<String, Class<?>> _classes = new LinkedHashMap<>();
	private final Map<String, String> _components = new LinkedHashMap<>();
	private final Map<String, String> _headers = new LinkedHashMap<>();
	private final String _symbolicName;

}
