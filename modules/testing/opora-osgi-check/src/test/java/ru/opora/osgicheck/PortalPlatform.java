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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Liferay 7.4.3.112 platform as one bundle: release.portal.api exploded
 * into a directory, exporting every package with the version of its
 * packageinfo. The OSGi packages that the framework and SCR provide are left
 * out (the jar carries old copies) and imported instead.
 *
 * <p>
 * It also stands in for the portal's taglib bundles: for every TLD in
 * release.portal.api ({@code META-INF/**}{@code /*.tld} and the portal's
 * deploy copies) it provides
 * {@code osgi.extender;osgi.extender="jsp.taglib";uri="<uri>";version:Version="<tlib-version>"},
 * as Liferay's taglib bundles do, plus the JSTL URIs the portal provides.
 * Web bundles built with Liferay's JspAnalyzerPlugin require one such
 * capability per taglib URI their JSPs use
 * ({@code (&(osgi.extender=jsp.taglib)(uri=...))}), so a JSP using a taglib
 * GA112 does not have keeps its bundle from resolving, as in the portal.
 * </p>
 */
public final class PortalPlatform {

	public static final String SYMBOLIC_NAME = "release.portal.api";

	/**
	 * Versions assumed for third-party packages that have no packageinfo in
	 * release.portal.api: what the 7.4 portal exports for them.
	 */
	/** JSTL taglibs the portal provides (the JSP extender embeds JSTL 1.2). */
	static final Map<String, String> JSTL_TAGLIBS = Map.of(
		"http://java.sun.com/jsp/jstl/core", "1.2.0", "http://java.sun.com/jsp/jstl/fmt", "1.2.0",
		"http://java.sun.com/jsp/jstl/functions", "1.2.0", "http://java.sun.com/jsp/jstl/sql", "1.2.0",
		"http://java.sun.com/jsp/jstl/xml", "1.2.0");

	/** Bump when the generated bundle changes, so that cached copies are rebuilt. */
	static final String FORMAT = "taglibs-1";

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

		String key = FORMAT + "-" + Files.size(portalApiJar) + "-" + Files.getLastModifiedTime(portalApiJar).toMillis() +
			"-" + String.join(",", new TreeSet<>(frameworkPackages)).hashCode();

		Path dir = cacheDir.resolve("bundle");
		Path marker = cacheDir.resolve("key.txt");

		if (Files.exists(marker) && key.equals(Files.readString(marker))) {
			return dir;
		}

		_delete(cacheDir);
		Files.createDirectories(dir);

		Map<String, String> packageVersions = new TreeMap<>();
		Map<String, String> taglibs = new TreeMap<>();
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

				if (name.endsWith(".tld")) {
					try (InputStream inputStream = zipFile.getInputStream(entry)) {
						addTaglib(new String(inputStream.readAllBytes(), StandardCharsets.UTF_8), taglibs);
					}
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

		JSTL_TAGLIBS.forEach(taglibs::putIfAbsent);

		attributes.putValue("Provide-Capability", taglibCapabilities(taglibs));
		attributes.putValue("DynamicImport-Package", "*");

		Files.createDirectories(dir.resolve("META-INF"));

		try (OutputStream outputStream = Files.newOutputStream(dir.resolve("META-INF/MANIFEST.MF"))) {
			manifest.write(outputStream);
		}

		Files.writeString(marker, key);

		return dir;
	}

	/**
	 * The {@code osgi.extender} capabilities of the given taglibs (URI to
	 * version), as Liferay's taglib bundles declare them.
	 */
	static String taglibCapabilities(Map<String, String> taglibs) {
		return taglibs.entrySet(
		).stream(
		).map(
			entry -> "osgi.extender;osgi.extender=\"jsp.taglib\";uri=\"" + entry.getKey() +
				"\";version:Version=\"" + entry.getValue() + "\""
		).collect(
			Collectors.joining(",")
		);
	}

	/** Reads a TLD's uri and tlib-version; the first TLD of a URI wins. */
	static void addTaglib(String tld, Map<String, String> taglibs) {
		Matcher uriMatcher = _URI.matcher(tld);

		if (!uriMatcher.find()) {
			return;
		}

		Matcher versionMatcher = _TLIB_VERSION.matcher(tld);
		String version = versionMatcher.find() ? versionMatcher.group(1) : "1.0";

		if (!version.matches("\\d+(\\.\\d+){0,2}")) {
			version = "1.0";
		}

		taglibs.putIfAbsent(uriMatcher.group(1), version);
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

	private static final Pattern _TLIB_VERSION = Pattern.compile("<tlib-version>\\s*([^<\\s]+)\\s*</tlib-version>");

	private static final Pattern _URI = Pattern.compile("<uri>\\s*([^<\\s]+)\\s*</uri>");

	private PortalPlatform() {
	}

}
