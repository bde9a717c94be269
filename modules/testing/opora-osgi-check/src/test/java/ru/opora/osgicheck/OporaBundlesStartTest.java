package ru.opora.osgicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundle the build produces resolves against Liferay 7.4.3.112 and all
 * its components activate.
 */
class OporaBundlesStartTest {

	@Test
	void everyModuleWithBndFileIsChecked() throws IOException {
		Set<String> modules;

		try (Stream<Path> stream = Files.walk(CheckPaths.modulesDir())) {
			modules = stream.filter(
				path -> path.getFileName().toString().equals("bnd.bnd") &&
					!path.toString().contains("/target/")
			).map(
				path -> path.getParent().getFileName().toString()
			).collect(
				Collectors.toCollection(TreeSet::new)
			);
		}

		Set<String> bundles = CheckPaths.oporaBundles().stream().map(
			path -> path.getFileName().toString().replaceFirst("\\.jar$", "")
		).collect(
			Collectors.toCollection(TreeSet::new)
		);

		assertTrue(modules.contains("schools-service"), "modules found: " + modules);
		assertEquals(
			modules, bundles,
			"Each bundle module must be a dependency of opora-osgi-check (pom.xml) so that it is checked");
	}

	private static Set<String> _declaredComponents(List<Path> bundles) throws IOException {
		Set<String> components = new TreeSet<>();

		for (Path bundle : bundles) {
			try (JarFile jarFile = new JarFile(bundle.toFile())) {
				String header = jarFile.getManifest().getMainAttributes().getValue("Service-Component");

				if (header == null) {
					continue;
				}

				for (String entry : header.split(",")) {
					components.add(entry.trim().replaceFirst("^OSGI-INF/", "").replaceFirst("\\.xml$", ""));
				}
			}
		}

		return components;
	}

	/**
	 * Apache POI works inside the framework from the embedded jars: the
	 * importer writes the template and validates it back, with a context
	 * class loader that cannot see POI (as in the portal).
	 */
	@Test
	void embeddedPoiWritesAndReadsAWorkbook(@TempDir Path storage) throws Exception {
		try (OsgiStartupCheck check = CheckPaths.startFramework(storage.resolve("framework"))) {
			OsgiStartupCheck.Report report = check.check(CheckPaths.oporaBundles());

			assertEquals(List.of(), report.problems, report.toString());

			Bundle importer = check.getBundle("ru.opora.schools.importer");
			Thread thread = Thread.currentThread();
			ClassLoader contextClassLoader = thread.getContextClassLoader();

			thread.setContextClassLoader(check.getPlatformBundle().adapt(BundleWiring.class).getClassLoader());

			try {
				Class<?> templateWriterClass = importer.loadClass("ru.opora.schools.importer.TemplateWriter");

				Path template = (Path)templateWriterClass.getMethod(
					"writeTo", Path.class
				).invoke(
					templateWriterClass.getConstructor().newInstance(), Files.createDirectories(storage.resolve("out"))
				);

				assertTrue(Files.size(template) > 0);

				Class<?> optionsClass = importer.loadClass("ru.opora.schools.importer.ImportOptions");
				Class<?> importerClass = importer.loadClass("ru.opora.schools.importer.WorkbookImporter");
				Class<?> sinkClass = importer.loadClass("ru.opora.schools.importer.ImportSink");

				Object sink = java.lang.reflect.Proxy.newProxyInstance(
					sinkClass.getClassLoader(), new Class<?>[] {sinkClass}, (proxy, method, args) -> null);

				Object importReport = importerClass.getMethod(
					"importFile", Path.class, sinkClass
				).invoke(
					importerClass.getConstructor(optionsClass).newInstance(optionsClass.getMethod("defaults").invoke(null)),
					template, sink
				);

				assertEquals(Boolean.TRUE, importReport.getClass().getMethod("isClean").invoke(importReport));
			}
			finally {
				thread.setContextClassLoader(contextClassLoader);
			}
		}
	}

	@Test
	void embeddedPoiWritesAnAgreementDocument(@TempDir Path storage) throws Exception {
		try (OsgiStartupCheck check = CheckPaths.startFramework(storage.resolve("framework"))) {
			OsgiStartupCheck.Report report = check.check(CheckPaths.oporaBundles());

			assertEquals(List.of(), report.problems, report.toString());

			Bundle document = check.getBundle("ru.opora.cooperation.document");
			Thread thread = Thread.currentThread();
			ClassLoader contextClassLoader = thread.getContextClassLoader();

			thread.setContextClassLoader(check.getPlatformBundle().adapt(BundleWiring.class).getClassLoader());

			try {
				Class<?> dataClass = document.loadClass("ru.opora.domain.cooperation.AgreementData");
				Class<?> kindClass = document.loadClass("ru.opora.domain.cooperation.AgreementKind");
				Class<?> termClass = document.loadClass("ru.opora.domain.cooperation.AgreementTerm");
				Class<?> writerClass = document.loadClass("ru.opora.cooperation.document.AgreementDocumentWriter");

				Object term = termClass.getConstructor(
					java.time.LocalDate.class, java.time.LocalDate.class, boolean.class, int.class
				).newInstance(
					java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2026, 8, 31), false, 0
				);
				Object data = dataClass.getConstructors()[0].newInstance(
					"СВ-1/2025", java.time.LocalDate.of(2025, 8, 25), kindClass.getField("PARTNERSHIP").get(null),
					"Сотрудничество", term, List.of(), List.of(), List.of());

				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

				writerClass.getMethod(
					"write", dataClass, int.class, java.io.InputStream.class, java.io.OutputStream.class
				).invoke(
					writerClass.getConstructor().newInstance(), data, 1, null, out
				);

				String documentXml = null;

				try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
						new java.io.ByteArrayInputStream(out.toByteArray()))) {

					for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						if (entry.getName().equals("word/document.xml")) {
							documentXml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
						}
					}
				}

				assertTrue((documentXml != null) && documentXml.contains("СВ-1/2025"), String.valueOf(documentXml));
			}
			finally {
				thread.setContextClassLoader(contextClassLoader);
			}
		}
	}

	@Test
	void oporaBundlesStartInLiferay(@TempDir Path storage) throws Exception {
		List<Path> bundles = CheckPaths.oporaBundles();

		try (OsgiStartupCheck check = CheckPaths.startFramework(storage)) {
			OsgiStartupCheck.Report report = check.check(bundles);

			System.out.println("Mocked portal services: " + report.mockedServices);
			report.log.forEach(line -> System.out.println("OSGi log: " + line));

			assertEquals(List.of(), report.problems, report.toString());
			assertEquals(_declaredComponents(bundles), report.activeComponents);
			assertTrue(
				report.mockedServices.stream().anyMatch(
					service -> service.startsWith("com.liferay.portal.kernel.dao.orm.SessionFactory")),
				"the Service Builder persistence must have been wired: " + report.mockedServices);
		}
	}

}
