package ru.opora.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.domain.school.SchoolLevel;

class MentorCostModelTest {

	@Test
	void explainsEveryComponent() {
		SupportedSchoolProfile weak = new SupportedSchoolProfile(
			"W1", SchoolLevel.BASIC, "Каменка", null, null, List.of("RF03", "RF11"), Set.of("math", "russian"));
		MentorCandidate mentor = new MentorCandidate(
			"M1", SchoolLevel.SECONDARY, "Березово", null, null, 4, 1, Set.of("math"), Set.of("RF11"), Set.of("W1"));

		PairCost cost = MentorCostModel.defaults().cost(weak, mentor, 35.0);

		assertTrue(cost.isAllowed());
		assertEquals(
			List.of(
				new CostComponent("opora-mentoring-cost-distance", 3.5, List.of(35.0)),
				new CostComponent("opora-mentoring-cost-other-settlement", 3, List.of()),
				new CostComponent("opora-mentoring-cost-load", 1.5, List.of(1, 4)),
				new CostComponent("opora-mentoring-cost-risk-factor-not-covered", 8, List.of("RF03")),
				new CostComponent("opora-mentoring-cost-risk-factor-covered", 0, List.of("RF11")),
				new CostComponent("opora-mentoring-cost-subject-strong", 0, List.of("math")),
				new CostComponent("opora-mentoring-cost-subject-not-strong", 3, List.of("russian")),
				new CostComponent("opora-mentoring-cost-other-level", 4, List.of("secondary", "basic")),
				new CostComponent("opora-mentoring-cost-cooperation", 0, List.of())),
			cost.getComponents());
		assertEquals(3.5 + 3 + 1.5 + 8 + 3 + 4, cost.getTotal(), 1e-12);
	}

	@Test
	void sameSettlementWithoutCoordinatesIsNear() {
		SupportedSchoolProfile weak = _weak("W1", "Каменка", null, null);
		MentorCandidate near = _mentor("M1", " каменка ", null, null, 0);
		MentorCandidate unknown = _mentor("M2", null, null, null, 0);

		MentorCostModel model = MentorCostModel.defaults();

		PairCost nearCost = model.cost(weak, near);

		assertEquals(0, nearCost.getComponents().get(0).getValue());
		assertEquals("opora-mentoring-cost-same-settlement", nearCost.getComponents().get(1).getMessageKey());
		assertEquals("opora-mentoring-cost-distance-unknown", model.cost(weak, unknown).getComponents().get(0).getMessageKey());
		assertTrue(model.cost(weak, near).getTotal() < model.cost(weak, unknown).getTotal());
	}

	@Test
	void distanceFromCoordinatesAndLimit() {

		// About 111.2 km: one degree of latitude

		SupportedSchoolProfile weak = _weak("W1", null, 55.0, 37.0);
		MentorCandidate mentor = _mentor("M1", null, 56.0, 37.0, 0);

		assertEquals(111.2, MentorCostModel.distanceKm(55, 37, 56, 37), 0.1);

		PairCost cost = MentorCostModel.builder().perKm(1).distanceCapKm(100).maxDistanceKm(100).build().cost(
			weak, mentor);

		assertFalse(cost.isAllowed());
		assertEquals(100, cost.getComponents().get(0).getValue(), 1e-9);
		assertEquals(111.2, cost.getComponents().get(0).getArguments().get(0));
		assertEquals("opora-mentoring-too-far", cost.getComponents().get(1).getMessageKey());
	}

	@Test
	void loadAndSelfPair() {
		MentorCostModel model = MentorCostModel.defaults();
		SupportedSchoolProfile weak = _weak("W1", null, null, null);

		double idle = model.cost(weak, _mentor("M1", null, null, null, 0)).getTotal();
		double busy = model.cost(weak, _mentor("M2", null, null, null, 3)).getTotal();

		assertEquals(6 * 3 / 4.0, busy - idle, 1e-12);
		assertFalse(model.cost(weak, _mentor("W1", null, null, null, 0)).isAllowed());
	}

	@Test
	void buildsAProblemAndSuggestsTheBestMentors() {
		MentorCostModel model = MentorCostModel.defaults();

		List<SupportedSchoolProfile> weak = List.of(
			new SupportedSchoolProfile("W1", SchoolLevel.SECONDARY, "A", null, null, List.of("RF03"), Set.of()),
			new SupportedSchoolProfile("W2", SchoolLevel.BASIC, "B", null, null, List.of("RF09"), Set.of()));
		List<MentorCandidate> mentors = List.of(
			new MentorCandidate("M1", SchoolLevel.SECONDARY, "A", null, null, 1, 0, Set.of(), Set.of("RF03"), Set.of()),
			new MentorCandidate("M2", SchoolLevel.BASIC, "B", null, null, 2, 1, Set.of(), Set.of("RF09"), Set.of()),
			new MentorCandidate("M3", SchoolLevel.BASIC, "B", null, null, 3, 3, Set.of(), Set.of("RF09"), Set.of()));

		MentorMatchingProblem problem = model.problem(weak, mentors);

		assertEquals(0, problem.getCapacity(2));

		MentorMatching matching = problem.solve();

		assertEquals("M1", matching.getAssignments().get(0).getMentorId());
		assertEquals("M2", matching.getAssignments().get(1).getMentorId());
		assertTrue(matching.isComplete());
	}

	@Test
	void rejectsBadWeights() {
		assertThrows(IllegalArgumentException.class, () -> MentorCostModel.builder().perKm(-1));
		assertThrows(IllegalArgumentException.class, () -> MentorCostModel.builder().load(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> MentorCostModel.builder().maxDistanceKm(-5));
		assertEquals(Double.POSITIVE_INFINITY, MentorCostModel.defaults().getMaxDistanceKm());
	}

	private static MentorCandidate _mentor(String id, String settlement, Double latitude, Double longitude, int load) {
		return new MentorCandidate(id, null, settlement, latitude, longitude, 4, load, Set.of(), Set.of(), Set.of());
	}

	private static SupportedSchoolProfile _weak(String id, String settlement, Double latitude, Double longitude) {
		return new SupportedSchoolProfile(id, null, settlement, latitude, longitude, List.of(), Set.of());
	}

}
