package ru.opora.library.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aQute.bnd.annotation.metatype.Meta;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.domain.library.SubjectAssociation;

/** The configuration's declared defaults are the domain's: the region site and every default association. */
class LibraryConfigurationTest {

	@Test
	void defaultsMatchTheDomain() throws Exception {
		Meta.AD associations = LibraryConfiguration.class.getMethod(
			"subjectAssociations"
		).getAnnotation(
			Meta.AD.class
		);

		// Array defaults are separated by "|", as Liferay's metatype reads them.

		List<String> lines = Arrays.asList(associations.deflt().split("\\|"));

		assertEquals(SubjectAssociation.DEFAULT_LINES, lines);
		assertEquals(SubjectAssociation.defaults(), SubjectAssociation.parseAll(lines));
		assertEquals(
			"/region",
			LibraryConfiguration.class.getMethod(
				"regionSiteFriendlyURL"
			).getAnnotation(
				Meta.AD.class
			).deflt());
		assertEquals(
			"50",
			LibraryConfiguration.class.getMethod(
				"maxFileSizeMB"
			).getAnnotation(
				Meta.AD.class
			).deflt());
	}

}
