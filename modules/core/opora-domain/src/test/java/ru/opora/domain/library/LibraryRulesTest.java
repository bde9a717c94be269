package ru.opora.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.validation.Violation;

class LibraryRulesTest {

	private static final Set<String> _SUBJECTS = SubjectAssociation.defaults().stream().map(
		SubjectAssociation::code).collect(Collectors.toSet());

	private static MaterialMetadata _metadata(
		String subject, String grades, String type, List<String> riskFactors, List<String> competences) {

		return new MaterialMetadata(
			" Дроби в 5 классе ", "Конспект урока с разбором типичных ошибок ВПР", subject, grades, type,
			riskFactors, competences, "МОУ «СОШ п. Знаменский»");
	}

	@Test
	void validMetadataGivesTheConventionTags() {
		MaterialMetadata metadata = _metadata(
			"math", "5-7, 9", "lesson-plan", Arrays.asList("RF03", "rf06"), Arrays.asList("K1.2, MATH-ERR"));

		assertTrue(metadata.validate(_SUBJECTS).isEmpty());
		assertEquals("Дроби в 5 классе", metadata.getTitle());
		assertEquals(Arrays.asList(5, 6, 7, 9), List.copyOf(metadata.getGrades()));
		assertEquals(MaterialType.LESSON_PLAN, metadata.getType());
		assertEquals(Arrays.asList("RF03", "RF06"), metadata.getRiskFactorCodes());
		assertEquals(Arrays.asList("rf03", "rf06", "comp-k1.2", "comp-math-err"), metadata.tags());
	}

	@Test
	void everyWrongFieldIsNamed() {
		MaterialMetadata metadata = new MaterialMetadata(
			"", "x".repeat(MaterialMetadata.MAX_DESCRIPTION + 1), "astronomy", "0, 5", "poster",
			Arrays.asList("RF12", "RF3"), Collections.singletonList("good code!"), " ");

		assertEquals(
			Arrays.asList(
				Violation.of("title", "required"),
				Violation.of("description", "too-long", MaterialMetadata.MAX_DESCRIPTION),
				Violation.of("subject", "library-unknown-subject", "astronomy"),
				Violation.of("grades", "library-invalid-grades", "0, 5", 1, 11),
				Violation.of("type", "library-unknown-material-type", "poster"),
				Violation.of("riskFactors", "library-invalid-risk-factor", "RF12"),
				Violation.of("riskFactors", "library-invalid-risk-factor", "RF3"),
				Violation.of("competences", "library-invalid-competence", "code!"),
				Violation.of("authorSchool", "required")),
			metadata.validate(_SUBJECTS).list());
	}

	@Test
	void missingChoicesAreRequired() {
		List<Violation> violations = _metadata(null, null, null, null, null).validate(_SUBJECTS).list();

		assertEquals(
			Arrays.asList(
				Violation.of("subject", "required"), Violation.of("grades", "required"),
				Violation.of("type", "required")),
			violations);
	}

	@Test
	void fileMustBePresentAndSmallEnough() {
		assertTrue(MaterialMetadata.validateFile("plan.docx", 10, 20).isEmpty());
		assertEquals(
			Collections.singletonList(Violation.of("file", "required")),
			MaterialMetadata.validateFile("plan.docx", 0, 20).list());
		assertEquals(
			Collections.singletonList(Violation.of("file", "required")),
			MaterialMetadata.validateFile(" ", 5, 20).list());
		assertEquals(
			Collections.singletonList(Violation.of("file", "library-file-too-large", 50L)),
			MaterialMetadata.validateFile("video.mp4", 50L * 1024 * 1024 + 1, 50L * 1024 * 1024).list());
	}

	@Test
	void gradesParseListsAndRanges() {
		assertEquals(List.of(1, 2, 3, 4), List.copyOf(Grades.parse("1-4")));
		assertEquals(List.of(5, 9, 10, 11), List.copyOf(Grades.parse("9–11; 5")));
		assertEquals(List.of(7), List.copyOf(Grades.parse(" 7 ")));
		assertNull(Grades.parse("7-5"));
		assertNull(Grades.parse("12"));
		assertNull(Grades.parse("5-6-7"));
		assertNull(Grades.parse("пятый"));
		assertNull(Grades.parse(""));
		assertEquals("1-4, 6, 8-9", Grades.format(Arrays.asList(9, 1, 2, 3, 4, 6, 8)));
		assertEquals("", Grades.format(Collections.emptyList()));
		assertEquals("grade-5", Grades.code(5));
		assertEquals(11, Grades.all().size());
	}

	@Test
	void riskFactorAndCompetenceTags() {
		assertEquals("rf01", LibraryTags.riskFactorTag("RF01"));
		assertEquals("rf11", LibraryTags.riskFactorTag(" rf11 "));
		assertNull(LibraryTags.riskFactorTag("RF00"));
		assertNull(LibraryTags.riskFactorTag("RF12"));
		assertNull(LibraryTags.riskFactorTag("RF1"));
		assertNull(LibraryTags.riskFactorTag(null));
		assertEquals(11, LibraryTags.riskFactorCodes().size());
		assertEquals("RF11", LibraryTags.riskFactorCodes().get(10));
		assertEquals("comp-предм-1", LibraryTags.competenceTag("ПРЕДМ-1"));
		assertNull(LibraryTags.competenceTag("a,b"));
		assertNull(LibraryTags.competenceTag("x".repeat(41)));
	}

	@Test
	void materialTypesByCode() {
		assertEquals(MaterialType.PROGRAMME, MaterialType.fromCode(" Programme"));
		assertNull(MaterialType.fromCode("poster"));
		assertNull(MaterialType.fromCode(null));
		assertEquals(5, MaterialType.values().length);
	}

	@Test
	void subjectAssociationsFromConfiguration() {
		List<SubjectAssociation> associations = SubjectAssociation.parseAll(
			Arrays.asList("Math ; Математика ; Mathematics", "", "music;Музыка;Music"));

		assertEquals(new SubjectAssociation("math", "Математика", "Mathematics"), associations.get(0));
		assertEquals("Музыка", associations.get(1).name(new Locale("ru", "RU")));
		assertEquals("Music", associations.get(1).name(Locale.US));
		assertThrows(IllegalArgumentException.class, () -> SubjectAssociation.parse("math;Математика"));
		assertThrows(IllegalArgumentException.class, () -> SubjectAssociation.parse("ма;Математика;Maths"));
		assertThrows(IllegalArgumentException.class, () -> SubjectAssociation.parse("math;;Maths"));
		assertThrows(
			IllegalArgumentException.class,
			() -> SubjectAssociation.parseAll(Arrays.asList("math;А;A", "math;Б;B")));
		assertTrue(SubjectAssociation.defaults().size() >= 10);
		assertEquals("math", SubjectAssociation.defaults().get(0).code());
	}

	@Test
	void folderNamesAreMadeSafe() {
		assertEquals("Ивантеевский район", FolderNames.safe(" Ивантеевский   район "));
		assertEquals("История и обществознание", FolderNames.safe("История и обществознание"));
		assertEquals("Район a b c", FolderNames.safe("Район a/b:c"));
		assertEquals("СОШ №1 Школа", FolderNames.safe("СОШ №1 «Школа»".replace("«", "\"").replace("»", "\"")));
		assertNull(FolderNames.safe("..."));
		assertNull(FolderNames.safe("?*"));
		assertNull(FolderNames.safe(null));
		assertEquals(FolderNames.MAX_LENGTH, FolderNames.safe("я".repeat(300)).length());
	}

}
