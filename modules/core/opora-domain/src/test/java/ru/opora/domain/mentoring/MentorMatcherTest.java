package ru.opora.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MentorMatcherTest {

	@Test
	void equalsBruteForceOnRandomSmallInstances() {
		Random random = new Random(20240611L);

		for (int round = 0; round < 1500; round++) {
			Instance instance = _randomInstance(random, 1 + random.nextInt(8), 1 + random.nextInt(8));

			long[] expected = instance.bruteForce();

			for (MentorMatcher.Orientation orientation : MentorMatcher.Orientation.values()) {
				MentorMatching matching = MentorMatcher.solve(instance.problem(), orientation);

				String message = "round " + round + " " + orientation + " " + instance;

				assertEquals(expected[0], matching.getAssignedCount(), message);
				assertEquals(expected[1] / 1000.0, matching.getTotalCost(), 1e-9, message);
				instance.assertValid(matching, message);
			}
		}
	}

	@Test
	void equalsBruteForceOnFractionalCosts() {
		Random random = new Random(7L);

		for (int round = 0; round < 300; round++) {
			int supported = 1 + random.nextInt(7);
			int mentors = 1 + random.nextInt(6);

			Instance instance = _randomInstance(random, supported, mentors);

			// Fractional costs: replace each allowed cost by a random double

			double[][] costs = new double[supported][mentors];

			for (int s = 0; s < supported; s++) {
				for (int m = 0; m < mentors; m++) {
					costs[s][m] = Math.round(random.nextDouble() * 1e6) / 1e4;
				}
			}

			instance.costs = costs;

			double[] expected = instance.bruteForceDouble();

			MentorMatching matching = MentorMatcher.solve(instance.problem(), MentorMatcher.Orientation.AUTO);

			assertEquals((int)expected[0], matching.getAssignedCount());
			assertEquals(expected[1], matching.getTotalCost(), 1e-6, instance.toString());
			instance.assertValid(matching, instance.toString());
		}
	}

	@Test
	void infeasibleInstanceListsUnassignedSchools() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		for (String id : new String[] {"A", "B", "C", "D"}) {
			problem.addSupported(id);
		}

		problem.addMentor("X", 1);
		problem.addMentor("Y", 1);
		problem.allow("A", "X", 5);
		problem.allow("B", "X", 1);
		problem.allow("C", "X", 2);
		problem.allow("C", "Y", 9);

		// D has no pair at all

		MentorMatching matching = problem.solve();

		assertEquals(2, matching.getAssignedCount());
		assertEquals(List.of("A", "D"), matching.getUnassigned());
		assertEquals(10.0, matching.getTotalCost(), 1e-12);
		assertFalse(matching.isComplete());
		assertEquals("X", matching.getAssignments().get(0).getMentorId());
		assertEquals("B", matching.getAssignments().get(0).getSupportedId());
	}

	@Test
	void prefersMoreSchoolsToLowerCost() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		problem.addSupported("A");
		problem.addSupported("B");
		problem.addMentor("X", 1);
		problem.addMentor("Y", 1);
		problem.allow("A", "X", 0);
		problem.allow("A", "Y", 1000);
		problem.allow("B", "X", 1000);

		MentorMatching matching = problem.solve();

		assertEquals(2, matching.getAssignedCount());
		assertEquals(2000.0, matching.getTotalCost(), 1e-12);
	}

	@Test
	void neverPairsASchoolWithItselfOrAnExcludedMentor() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		problem.addSupported("A");
		problem.addSupported("B");
		problem.addMentor("A", 2);
		problem.addMentor("C", 2);
		problem.allow("A", "A", 0);
		problem.allow("B", "A", 0);
		problem.allow("A", "C", 3);
		problem.allow("B", "C", 1);
		problem.exclude("B", "A");

		MentorMatching matching = problem.solve();

		assertEquals(2, matching.getAssignedCount());
		assertEquals(1, matching.getMentorIndex(0));
		assertEquals(1, matching.getMentorIndex(1));
		assertEquals(4.0, matching.getTotalCost(), 1e-12);
	}

	@Test
	void keepsTheLowerCostOfADuplicatePair() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		problem.addSupported("A");
		problem.addMentor("X", 1);
		problem.allow("A", "X", 4);
		problem.allow("A", "X", 2.5);
		problem.allow("A", "X", 3);

		assertEquals(2.5, problem.solve().getTotalCost(), 0);
	}

	@Test
	void emptyAndZeroCapacityInstances() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		assertEquals(0, problem.solve().getAssignedCount());

		problem.addSupported("A");
		problem.addMentor("X", 0);
		problem.allow("A", "X", 1);

		MentorMatching matching = problem.solve();

		assertEquals(List.of("A"), matching.getUnassigned());
		assertEquals(0.0, matching.getTotalCost(), 0);
	}

	@Test
	void rejectsInvalidInput() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		problem.addSupported("A");
		problem.addMentor("X", 1);

		assertThrows(IllegalArgumentException.class, () -> problem.addMentor("Y", -1));
		assertThrows(IllegalArgumentException.class, () -> problem.addMentor("X", 1));
		assertThrows(IllegalArgumentException.class, () -> problem.addSupported("A"));
		assertThrows(IllegalArgumentException.class, () -> problem.addSupported(" "));
		assertThrows(IllegalArgumentException.class, () -> problem.allow("A", "X", -1));
		assertThrows(IllegalArgumentException.class, () -> problem.allow("A", "X", Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> problem.allow("A", "X", Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> problem.allow("A", "Z", 1));
		assertThrows(IllegalArgumentException.class, () -> problem.allow(1, 0, 1));
	}

	@Test
	void hugeCostsStayExact() {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		problem.addSupported("A");
		problem.addSupported("B");
		problem.addMentor("X", 1);
		problem.addMentor("Y", 1);
		problem.allow("A", "X", 1e15);
		problem.allow("A", "Y", 3e15);
		problem.allow("B", "X", 1e15);
		problem.allow("B", "Y", 2e15);

		MentorMatching matching = problem.solve();

		assertEquals(3e15, matching.getTotalCost(), 0);
		assertEquals(0, matching.getMentorIndex(0));
	}

	@Test
	void denseRandomInstanceIsConsistentInBothOrientations() {
		Random random = new Random(99L);
		MentorMatchingProblem problem = new MentorMatchingProblem();

		for (int s = 0; s < 120; s++) {
			problem.addSupported("S" + s);
		}

		for (int m = 0; m < 30; m++) {
			problem.addMentor("M" + m, 2 + random.nextInt(4));
		}

		for (int s = 0; s < 120; s++) {
			for (int m = 0; m < 30; m++) {
				if (random.nextInt(10) < 7) {
					problem.allow(s, m, random.nextInt(100000) / 100.0);
				}
			}
		}

		MentorMatching mentors = MentorMatcher.solve(problem, MentorMatcher.Orientation.MENTORS);
		MentorMatching supported = MentorMatcher.solve(problem, MentorMatcher.Orientation.SUPPORTED);

		assertEquals(mentors.getAssignedCount(), supported.getAssignedCount());
		assertEquals(mentors.getTotalCost(), supported.getTotalCost(), 1e-6);
		assertTrue(mentors.getAssignedCount() > 0);
	}

	private static Instance _randomInstance(Random random, int supported, int mentors) {
		Instance instance = new Instance();

		// Ids share a pool so that some pairs are self-pairs

		List<String> pool = new ArrayList<>();

		for (int i = 0; i < 12; i++) {
			pool.add("X" + i);
		}

		java.util.Collections.shuffle(pool, random);
		instance.supportedIds = pool.subList(0, supported).toArray(new String[0]);
		java.util.Collections.shuffle(pool, random);
		instance.mentorIds = pool.subList(0, mentors).toArray(new String[0]);
		instance.capacities = new int[mentors];

		for (int m = 0; m < mentors; m++) {
			instance.capacities[m] = random.nextInt(4);
		}

		instance.allowed = new boolean[supported][mentors];
		instance.excluded = new boolean[supported][mentors];
		instance.costs = new double[supported][mentors];

		int missing = random.nextInt(6);

		for (int s = 0; s < supported; s++) {
			for (int m = 0; m < mentors; m++) {
				instance.allowed[s][m] = random.nextInt(10) >= missing;
				instance.excluded[s][m] = random.nextInt(12) == 0;
				instance.costs[s][m] = random.nextInt(10);
			}
		}

		return instance;
	}

	private static class Instance {

		void assertValid(MentorMatching matching, String message) {
			int[] load = new int[mentorIds.length];
			double total = 0;
			Set<Integer> seen = new HashSet<>();
			int count = 0;

			for (MentorAssignment assignment : matching.getAssignments()) {
				int s = assignment.getSupportedIndex();
				int m = assignment.getMentorIndex();

				assertTrue(seen.add(s), message);
				assertTrue(_usable(s, m), message);
				assertEquals(supportedIds[s], assignment.getSupportedId());
				assertEquals(mentorIds[m], assignment.getMentorId());
				assertFalse(supportedIds[s].equals(mentorIds[m]), message);
				assertEquals(costs[s][m], assignment.getCost(), 0, message);
				load[m]++;
				total += costs[s][m];
				count++;
			}

			for (int m = 0; m < mentorIds.length; m++) {
				assertTrue(load[m] <= capacities[m], message);
			}

			assertEquals(total, matching.getTotalCost(), 1e-9);
			assertEquals(supportedIds.length, count + matching.getUnassigned().size());

			for (int s = 0; s < supportedIds.length; s++) {
				assertEquals(!seen.contains(s), matching.getUnassigned().contains(supportedIds[s]), message);
			}
		}

		/** {count, cost x 1000} of the best assignment, enumerating them all. */
		long[] bruteForce() {
			double[] best = bruteForceDouble();

			return new long[] {(long)best[0], Math.round(best[1] * 1000)};
		}

		double[] bruteForceDouble() {
			double[] best = {-1, 0};

			_enumerate(0, new int[mentorIds.length], 0, 0, best);

			return best;
		}

		MentorMatchingProblem problem() {
			MentorMatchingProblem problem = new MentorMatchingProblem();

			for (String id : supportedIds) {
				problem.addSupported(id);
			}

			for (int m = 0; m < mentorIds.length; m++) {
				problem.addMentor(mentorIds[m], capacities[m]);
			}

			for (int s = 0; s < supportedIds.length; s++) {
				for (int m = 0; m < mentorIds.length; m++) {
					if (allowed[s][m]) {
						problem.allow(s, m, costs[s][m]);
					}

					if (excluded[s][m]) {
						problem.exclude(s, m);
					}
				}
			}

			return problem;
		}

		@Override
		public String toString() {
			return java.util.Arrays.toString(supportedIds) + " " + java.util.Arrays.toString(mentorIds) + " caps " +
				java.util.Arrays.toString(capacities) + " allowed " + java.util.Arrays.deepToString(allowed) +
					" excluded " + java.util.Arrays.deepToString(excluded) + " costs " +
						java.util.Arrays.deepToString(costs);
		}

		private void _enumerate(int s, int[] load, int count, double cost, double[] best) {
			if (s == supportedIds.length) {
				if ((count > best[0]) || ((count == best[0]) && (cost < best[1]))) {
					best[0] = count;
					best[1] = cost;
				}

				return;
			}

			_enumerate(s + 1, load, count, cost, best);

			for (int m = 0; m < mentorIds.length; m++) {
				if (_usable(s, m) && (load[m] < capacities[m])) {
					load[m]++;
					_enumerate(s + 1, load, count + 1, cost + costs[s][m], best);
					load[m]--;
				}
			}
		}

		private boolean _usable(int s, int m) {
			return allowed[s][m] && !excluded[s][m] && !supportedIds[s].equals(mentorIds[m]);
		}

		int[] capacities;
		boolean[][] allowed;
		double[][] costs;
		boolean[][] excluded;
		String[] mentorIds;
		String[] supportedIds;

	}

}
