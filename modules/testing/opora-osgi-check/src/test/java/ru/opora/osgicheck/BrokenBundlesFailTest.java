package ru.opora.osgicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.opora.osgicheck.fixture.PlainComponent;
import ru.opora.osgicheck.fixture.ThrowingComponent;

/**
 * Bundles that would not start in the portal fail the check, with a message
 * naming the cause.
 */
class BrokenBundlesFailTest {

	@Test
	void apachePoiImportedButNotEmbedded(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.poi").header(
				"Import-Package", "org.apache.poi.ss.usermodel;version=\"[5.5,6)\""
			).write(dir),
			dir, "does not start", "org.apache.poi.ss.usermodel");
	}

	@Test
	void liferayPackageVersionThatGa112DoesNotExport(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.version").header(
				"Import-Package", "com.liferay.portal.kernel.model;version=\"[32.0,33)\""
			).write(dir),
			dir, "does not start", "com.liferay.portal.kernel.model");
	}

	@Test
	void componentThatThrowsOnActivation(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.throwing").component(
				"fixture.throwing", ThrowingComponent.class, "<!-- activate -->\n"
			).header(
				"Bundle-Name", "throwing"
			).write(dir),
			dir, "fixture.throwing", "boom at start-up");
	}

	@Test
	void referenceToAnOporaServiceNobodyProvides(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.missing").component(
				"fixture.missing", PlainComponent.class,
				"<reference name=\"missing\" interface=\"ru.opora.missing.MissingService\" " +
					"cardinality=\"1..1\" policy=\"static\"/>\n"
			).write(dir),
			dir, "UNSATISFIED_REFERENCE", "ru.opora.missing.MissingService");
	}

	@Test
	void referenceToAServiceLiferayDoesNotHave(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.unknown").component(
				"fixture.unknown", PlainComponent.class,
				"<reference name=\"unknown\" interface=\"com.liferay.nonexistent.FooLocalService\" " +
					"cardinality=\"1..1\" policy=\"static\"/>\n"
			).write(dir),
			dir, "Liferay 7.4.3.112 does not provide", "com.liferay.nonexistent.FooLocalService");
	}

	@Test
	void jspTaglibThatGa112DoesNotProvide(@TempDir Path dir) throws Exception {
		_assertProblem(
			FixtureBundle.named("fixture.taglib").header(
				"Require-Capability",
				"osgi.extender;filter:=\"(&(osgi.extender=jsp.taglib)(uri=http://liferay.com/tld/nonexistent))\""
			).write(dir),
			dir, "does not start", "http://liferay.com/tld/nonexistent");
	}

	private static void _assertProblem(Path bundle, Path dir, String... fragments) throws Exception {
		try (OsgiStartupCheck check = CheckPaths.startFramework(dir.resolve("storage"))) {
			OsgiStartupCheck.Report report = check.check(List.of(bundle));

			assertTrue(
				report.problems.stream().anyMatch(
					problem -> {
						for (String fragment : fragments) {
							if (!problem.contains(fragment)) {
								return false;
							}
						}

						return true;
					}),
				"expected a problem naming " + List.of(fragments) + "; got " + report);
		}
	}

}
