package ru.opora.mentoring.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.Comparison;
import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.Reason;
import ru.opora.domain.identification.ReasonCode;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.PairCost;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/** Supported schools and mentor candidates come from the groups of each school's latest classified year. */
class SuggestionInputsTest {

	@Test
	void supportedAndCandidateSchoolsFollowTheirGroups() {
		SuggestionInputs inputs = _inputs();

		assertEquals(List.of("1", "2", "3"), _ids(inputs.getProfiles()));
		assertEquals(List.of("4", "5"), _candidateIds(inputs.getCandidates()));

		// ШНОР and high-results at once would be odd, but supported wins: a school never mentors while supported

		assertEquals(Set.of(Group.LOW_RESULTS), inputs.getGroups(1));
		assertEquals(Set.of(Group.UNFAVOURABLE_CONDITIONS, Group.RISK_ZONE), inputs.getGroups(2));
		assertEquals(Set.of(Group.RESILIENT), inputs.getGroups(5));
		assertEquals(Set.of(), inputs.getGroups(6));
		assertEquals(Set.of(), inputs.getGroups(7));
	}

	@Test
	void weakSubjectsComeFromTheReasonsOfTheSupportedGroups() {
		SupportedSchoolProfile profile = _inputs().getProfiles().get(0);

		assertEquals(Set.of("Математика"), profile.getWeakSubjects());
		assertEquals(List.of(), profile.getPriorityRiskFactors());
		assertEquals(SchoolLevel.BASIC, profile.getLevel());
	}

	@Test
	void strongSubjectsAreTheCandidatesSubjectsOfItsClassifiedYear() {
		MentorCandidate candidate = _inputs().getCandidates().get(0);

		assertEquals(Set.of("Математика", "Русский язык"), candidate.getStrongSubjects());
		assertEquals(2, candidate.getMaxSchools());
		assertEquals(0, candidate.getCurrentLoad());
	}

	@Test
	void distanceIsTheDifferenceOfTheDistancesToTheCentre() {
		SuggestionInputs inputs = _inputs();
		MentorCostModel costModel = MentorCostModel.defaults();

		// School 1 at 30 km, candidate 4 at 12 km: 18 km

		PairCost pairCost = costModel.cost(inputs.getProfiles().get(0), inputs.getCandidates().get(0));

		assertEquals(18.0, (Double)_component(pairCost, "opora-mentoring-cost-distance").getArguments().get(0), 1e-9);
		assertEquals(1.8, _component(pairCost, "opora-mentoring-cost-distance").getValue(), 1e-6);
	}

	@Test
	void schoolsInTheCentreAreTheSameSettlementAndUnknownDistanceStaysUnknown() {
		SuggestionInputs inputs = _inputs();
		MentorCostModel costModel = MentorCostModel.defaults();

		// School 2 and candidate 5 are both at 0 km

		PairCost centre = costModel.cost(inputs.getProfiles().get(1), inputs.getCandidates().get(1));

		assertEquals(0.0, (Double)_component(centre, "opora-mentoring-cost-distance").getArguments().get(0), 1e-9);
		assertEquals(0, _component(centre, "opora-mentoring-cost-same-settlement").getValue(), 1e-9);

		// School 3 has no distance

		SupportedSchoolProfile profile = inputs.getProfiles().get(2);

		assertNull(profile.getLatitude());
		assertNull(profile.getSettlement());

		PairCost unknown = costModel.cost(profile, inputs.getCandidates().get(0));

		assertEquals(10, _component(unknown, "opora-mentoring-cost-distance-unknown").getValue(), 1e-9);
	}

	@Test
	void loadClassifiesWithTheSitesRules() throws Exception {
		SchoolService schoolService = mock(SchoolService.class);

		when(schoolService.getGroupSchools(20123)).thenReturn(List.of());
		when(schoolService.getIdentificationRules(20123)).thenReturn(IdentificationRules.defaults());

		SuggestionInputs inputs = SuggestionInputs.load(
			20123, schoolService, mock(AssessmentResultService.class), mock(SchoolContextService.class));

		verify(schoolService).getIdentificationRules(20123);
		assertTrue(inputs.getProfiles().isEmpty());
	}

	private static SchoolClassification _classification(long schoolId, Set<Group> groups, Reason... reasons) {
		return new SchoolClassification(schoolId, "School " + schoolId, 2024, groups, 55.0, List.of(reasons));
	}

	private static CostComponent _component(PairCost pairCost, String key) {
		return pairCost.getComponents().stream().filter(
			component -> component.getMessageKey().equals(key)
		).findFirst(
		).orElseThrow(
			() -> new AssertionError(key + " not in " + pairCost.getComponents())
		);
	}

	private static List<String> _candidateIds(List<MentorCandidate> candidates) {
		return candidates.stream().map(MentorCandidate::getSchoolId).collect(Collectors.toList());
	}

	private static List<String> _ids(List<SupportedSchoolProfile> profiles) {
		return profiles.stream().map(SupportedSchoolProfile::getSchoolId).collect(Collectors.toList());
	}

	private static SuggestionInputs _inputs() {
		List<SchoolData> schools = List.of(
			_school(1, 30.0), _school(2, 0.0), _school(3, null), _school(4, 12.0), _school(5, 0.0),
			_school(6, 5.0), _school(7, 8.0));

		Reason weakMaths = new Reason(
			ReasonCode.values()[0], Group.LOW_RESULTS, 2024, AssessmentType.values()[0], 4, "Математика", 20.0,
			Comparison.values()[0], 30.0, List.of());
		Reason otherGroup = new Reason(
			ReasonCode.values()[0], Group.FAILURE_PREVENTION, 2024, AssessmentType.values()[0], 4, "Физика", 20.0,
			Comparison.values()[0], 30.0, List.of());

		Map<Long, SchoolClassification> latest = Map.of(
			1L, _classification(1, Set.of(Group.LOW_RESULTS), weakMaths, otherGroup),
			2L, _classification(2, Set.of(Group.UNFAVOURABLE_CONDITIONS, Group.RISK_ZONE)),
			3L, _classification(3, Set.of(Group.RISK_ZONE)),
			4L, _classification(4, Set.of(Group.HIGH_RESULTS)),
			5L, _classification(5, Set.of(Group.RESILIENT)),
			6L, _classification(6, Set.of(Group.FAILURE_PREVENTION)));

		Map<Long, List<ResultFigures>> results = Map.of(
			4L, List.of(_result(2024, "Математика"), _result(2024, "Русский язык"), _result(2023, "Физика")));

		return new SuggestionInputs(schools, latest, results);
	}

	private static ResultFigures _result(int year, String subject) {
		return new ResultFigures(AssessmentType.values()[0], year, 5, subject, 20, 0, 5, 10, 5, null, null);
	}

	private static SchoolData _school(long schoolId, Double distance) {
		return new SchoolData(
			schoolId, "School " + schoolId, null, null, SettlementType.values()[0], SchoolLevel.BASIC, false, 0,
			distance, null, null, null, "login" + schoolId, SchoolStatus.values()[0]);
	}

}
