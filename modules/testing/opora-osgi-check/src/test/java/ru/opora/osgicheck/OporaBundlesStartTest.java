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
