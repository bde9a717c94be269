package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.identification.SchoolInput;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

class SiteSchoolsTest {

	@Test
	void summariesCarryTheDomainIdentificationOfTheLatestYear() throws Exception {
		SchoolService schoolService = mock(SchoolService.class);

		when(schoolService.getIdentificationRules(5)).thenReturn(IdentificationRules.defaults());
		AssessmentResultService assessmentResultService = mock(AssessmentResultService.class);
		SchoolContextService schoolContextService = mock(SchoolContextService.class);

		School weak = _school(1, "ООШ д. Ивановка");
		School strong = _school(2, "Гимназия № 2");
		School empty = _school(3, "Новая школа");

		List<ResultFigures> weakResults = List.of(
			new ResultFigures(AssessmentType.VPR, 2023, 5, "Математика", 20, 2, 10, 6, 2, null, null),
			new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 9, 9, 2, 0, null, null),
			new ResultFigures(AssessmentType.VPR, 2024, 6, "Русский язык", 20, 8, 10, 2, 0, null, null));
		List<ResultFigures> strongResults = List.of(
			new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 25, 0, 5, 12, 8, null, null),
			new ResultFigures(AssessmentType.VPR, 2024, 6, "Русский язык", 25, 0, 6, 12, 7, null, null));
		ContextFigures weakContext = new ContextFigures(
			2024, 80, 45.0, 5.0, 20.0, 8.0, 40.0, 50.0, 2, 30.0, 20.0, true, false, false);

		List<AssessmentResult> weakAssessmentResults = _results(weakResults);
		List<AssessmentResult> strongAssessmentResults = _results(strongResults);
		List<SchoolContext> weakContexts = _contexts(weakContext);

		when(schoolService.getGroupSchools(5)).thenReturn(List.of(weak, strong, empty));
		when(assessmentResultService.getSchoolAssessmentResults(1)).thenReturn(weakAssessmentResults);
		when(assessmentResultService.getSchoolAssessmentResults(2)).thenReturn(strongAssessmentResults);
		when(schoolContextService.getSchoolContexts(1)).thenReturn(weakContexts);

		SiteSchools siteSchools = SiteSchools.load(5, schoolService, assessmentResultService, schoolContextService);

		// The same as the domain core computes over the same input

		List<SchoolInput> inputs = List.of(
			SchoolInput.of(weak.toSchoolData(), List.of(), List.of(), weakResults, List.of(weakContext)),
			SchoolInput.of(strong.toSchoolData(), List.of(), List.of(), strongResults, List.of()),
			SchoolInput.of(empty.toSchoolData(), List.of(), List.of(), List.of(), List.of()));
		var expected = new SchoolIdentifier(IdentificationRules.defaults()).history(inputs);

		List<SchoolSummary> summaries = siteSchools.getSummaries();

		assertEquals(3, summaries.size());

		SchoolSummary weakSummary = summaries.get(0);

		assertEquals(2024, weakSummary.getClassifiedYear());
		assertEquals(expected.classification(1, 2024).get().groups(), weakSummary.getGroups());
		assertTrue(weakSummary.getGroups().contains(Group.LOW_RESULTS), weakSummary.getGroups().toString());
		assertTrue(weakSummary.getGroups().contains(Group.UNFAVOURABLE_CONDITIONS));
		assertEquals(expected.classification(1, 2024).get().wellBeingIndex(), weakSummary.getWellBeingIndex());
		assertEquals(2024, weakSummary.getKeyFigures().getYear());
		assertEquals(57.5, weakSummary.getKeyFigures().getPassRate(), 1e-9);

		SchoolSummary strongSummary = summaries.get(1);

		assertEquals(expected.classification(2, 2024).get().groups(), strongSummary.getGroups());
		assertTrue(strongSummary.getGroups().contains(Group.HIGH_RESULTS), strongSummary.getGroups().toString());
		assertNull(strongSummary.getWellBeingIndex());

		SchoolSummary emptySummary = summaries.get(2);

		assertEquals(Set.of(), emptySummary.getGroups());
		assertNull(emptySummary.getClassifiedYear());
		assertNull(emptySummary.getKeyFigures());
		assertEquals(2, siteSchools.getHistory().classifications(1).size());
		assertEquals("Гимназия № 2", siteSchools.getSchool(2).get().getName());
	}

	private static List<SchoolContext> _contexts(ContextFigures... figures) {
		List<SchoolContext> contexts = new java.util.ArrayList<>();

		for (ContextFigures contextFigures : figures) {
			SchoolContext schoolContext = mock(SchoolContext.class);

			when(schoolContext.toContextFigures()).thenReturn(contextFigures);
			contexts.add(schoolContext);
		}

		return contexts;
	}

	private static List<AssessmentResult> _results(List<ResultFigures> figures) {
		List<AssessmentResult> results = new java.util.ArrayList<>();

		for (ResultFigures resultFigures : figures) {
			AssessmentResult assessmentResult = mock(AssessmentResult.class);

			when(assessmentResult.toResultFigures()).thenReturn(resultFigures);
			results.add(assessmentResult);
		}

		return results;
	}

	private static School _school(long schoolId, String name) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getName()).thenReturn(name);
		when(school.toSchoolData()).thenReturn(
			new SchoolData(
				schoolId, name, null, null, SettlementType.RURAL, SchoolLevel.SECONDARY, false, 0, null, null, null,
				null, null, SchoolStatus.ACTIVE));

		return school;
	}


}
