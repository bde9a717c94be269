package ru.opora.osgicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Liferay 7.4.3.112 platform as one bundle: release.portal.api exploded
 * into a directory, exporting every package with the version of its
 * packageinfo. The OSGi packages that the framework and SCR provide are left
 * out (the jar carries old copies) and imported instead.
 */
public final class PortalPlatform {

	public static final String SYMBOLIC_NAME = "release.portal.api";

	/**
	 * Versions assumed for third-party packages that have no packageinfo in
	 * release.portal.api: what the 7.4 portal exports for them.
	 */
	static final Map<String, String> ASSUMED_VERSIONS = Map.ofEntries(
		Map.entry("javax.portlet", "3.0.1"), Map.entry("javax.portlet.annotations", "3.0.1"),
		Map.entry("javax.portlet.filter", "3.0.1"), Map.entry("javax.servlet", "4.0.0"),
		Map.entry("javax.servlet.annotation", "4.0.0"), Map.entry("javax.servlet.descriptor", "4.0.0"),
		Map.entry("javax.servlet.http", "4.0.0"), Map.entry("javax.servlet.jsp", "2.3.0"),
		Map.entry("javax.servlet.jsp.el", "2.3.0"), Map.entry("javax.servlet.jsp.tagext", "2.3.0"));

	/**
	 * Returns the exploded platform bundle directory, building it once per
	 * jar and exclusion set.
	 */
	public static Path explode(Path portalApiJar, Set<String> frameworkPackages, Path cacheDir)
		throws IOException {

		String key = Files.size(portalApiJar) + "-" + Files.getLastModifiedTime(portalApiJar).toMillis() +
			"-" + String.join(",", new TreeSet<>(frameworkPackages)).hashCode();

		Path dir = cacheDir.resolve("bundle");
		Path marker = cacheDir.resolve("key.txt");

		if (Files.exists(marker) && key.equals(Files.readString(marker))) {
			return dir;
		}

		_delete(cacheDir);
		Files.createDirectories(dir);

		Map<String, String> packageVersions = new TreeMap<>();
		Set<String> skipped = new TreeSet<>();

		try (ZipFile zipFile = new ZipFile(portalApiJar.toFile())) {
			Map<String, String> packageinfos = new TreeMap<>();

			for (Enumeration<? extends ZipEntry> entries = zipFile.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();

				if (entry.isDirectory() || name.equals("META-INF/MANIFEST.MF") ||
					name.equals("module-info.class")) {

					continue;
				}

				String packageName = _packageName(name);

				if ((packageName != null) && frameworkPackages.contains(packageName)) {
					skipped.add(packageName);

					continue;
				}

				if (name.endsWith("/packageinfo")) {
					try (InputStream inputStream = zipFile.getInputStream(entry)) {
						packageinfos.put(
							packageName,
							new String(inputStream.readAllBytes(), StandardCharsets.UTF_8).trim(
							).replaceFirst("^version\\s+", ""));
					}
				}

				if (name.endsWith(".class") && (packageName != null)) {
					packageVersions.putIfAbsent(packageName, null);
				}

				Path target = dir.resolve(name);

				if (Files.exists(target)) {

					// Duplicate entry: the first one wins, as for a class loader

					continue;
				}

				Files.createDirectories(target.getParent());

				try (InputStream inputStream = zipFile.getInputStream(entry)) {
					Files.copy(inputStream, target);
				}
			}

			packageVersions.replaceAll(
				(packageName, version) -> packageinfos.getOrDefault(
					packageName, ASSUMED_VERSIONS.getOrDefault(packageName, "0.0.0")));
		}

		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
		attributes.putValue("Bundle-Version", "7.4.3112");
		attributes.putValue(
			"Export-Package",
			packageVersions.entrySet(
			).stream(
			).map(
				entry -> entry.getKey() + ";version=\"" + entry.getValue() + "\""
			).collect(
				Collectors.joining(",")
			));
		attributes.putValue("Import-Package", _optionalImports(skipped));
		attributes.putValue("DynamicImport-Package", "*");

		Files.createDirectories(dir.resolve("META-INF"));

		try (OutputStream outputStream = Files.newOutputStream(dir.resolve("META-INF/MANIFEST.MF"))) {
			manifest.write(outputStream);
		}

		Files.writeString(marker, key);

		return dir;
	}

	private static void _delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}

		try (var stream = Files.walk(path)) {
			for (Path file : stream.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
				Files.delete(file);
			}
		}
	}

	private static String _optionalImports(Collection<String> packages) {
		return packages.stream(
		).map(
			packageName -> packageName + ";resolution:=optional"
		).collect(
			Collectors.joining(",")
		);
	}

	private static String _packageName(String entryName) {
		int index = entryName.lastIndexOf('/');

		if (index <= 0) {
			return null;
		}

		return entryName.substring(0, index).replace('/', '.');
	}

	private PortalPlatform() {
	}

}
