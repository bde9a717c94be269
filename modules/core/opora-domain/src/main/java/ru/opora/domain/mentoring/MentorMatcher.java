package ru.opora.domain.mentoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves a {@link MentorMatchingProblem}: the most supported schools
 * assigned, then the least total cost (min-cost max-flow, exact on the cost
 * grid).
 *
 * <p>
 * The flow is built from the side with fewer units: mentors (their capacity,
 * at most their number of pairs) when these are fewer than the supported
 * schools, otherwise the supported schools. With S supported schools, M
 * mentors, E pairs and F = min(units) the worst case is O(F (E + V^2)) with V
 * = S + M; in practice each unit explores only the few nodes cheaper than the
 * nearest free place, about 0.1-0.3 s for 2,000 x 500 dense pairs.
 * </p>
 */
final class MentorMatcher {

	static MentorMatching solve(MentorMatchingProblem problem, Orientation orientation) {
		int supportedCount = problem.getSupportedCount();
		int mentorCount = problem.getMentorCount();

		double[][] costsHolder = new double[1][];

		int[][] compiled = problem.compile(costsHolder);

		int[] start = compiled[0];
		int[] mentors = compiled[1];
		double[] costs = costsHolder[0];
		int[] capacities = problem.getCapacities();

		long[] ticks = _ticks(costs, problem.getResolution(), supportedCount + mentorCount);

		int[] mentorDegree = new int[mentorCount];

		for (int mentor : mentors) {
			mentorDegree[mentor]++;
		}

		long mentorUnits = 0;

		for (int m = 0; m < mentorCount; m++) {
			mentorUnits += Math.min(capacities[m], mentorDegree[m]);
		}

		long supportedUnits = 0;

		for (int s = 0; s < supportedCount; s++) {
			if (start[s + 1] > start[s]) {
				supportedUnits++;
			}
		}

		if (orientation == Orientation.AUTO) {
			orientation = (mentorUnits < supportedUnits) ? Orientation.MENTORS : Orientation.SUPPORTED;
		}

		int[] mentorOf = new int[supportedCount];
		double[] costOf = new double[supportedCount];

		java.util.Arrays.fill(mentorOf, -1);

		if (orientation == Orientation.SUPPORTED) {
			int[] supply = new int[supportedCount];

			for (int s = 0; s < supportedCount; s++) {
				supply[s] = (start[s + 1] > start[s]) ? 1 : 0;
			}

			boolean[] flow = new ShortestAugmentingPaths(
				supportedCount, mentorCount, supply, capacities, start, mentors, ticks).run();

			for (int s = 0; s < supportedCount; s++) {
				for (int arc = start[s]; arc < start[s + 1]; arc++) {
					if (flow[arc]) {
						mentorOf[s] = mentors[arc];
						costOf[s] = costs[arc];
					}
				}
			}
		}
		else {

			// Transpose: rows are mentors, columns supported schools

			int[] mentorStart = new int[mentorCount + 1];

			for (int m = 0; m < mentorCount; m++) {
				mentorStart[m + 1] = mentorStart[m] + mentorDegree[m];
			}

			int[] next = java.util.Arrays.copyOf(mentorStart, mentorCount);
			int[] supportedOfArc = new int[mentors.length];
			long[] transposedTicks = new long[mentors.length];
			int[] original = new int[mentors.length];

			for (int s = 0; s < supportedCount; s++) {
				for (int arc = start[s]; arc < start[s + 1]; arc++) {
					int position = next[mentors[arc]]++;

					supportedOfArc[position] = s;
					transposedTicks[position] = ticks[arc];
					original[position] = arc;
				}
			}

			int[] supply = new int[mentorCount];

			for (int m = 0; m < mentorCount; m++) {
				supply[m] = Math.min(capacities[m], mentorDegree[m]);
			}

			int[] ones = new int[supportedCount];

			java.util.Arrays.fill(ones, 1);

			boolean[] flow = new ShortestAugmentingPaths(
				mentorCount, supportedCount, supply, ones, mentorStart, supportedOfArc, transposedTicks).run();

			for (int position = 0; position < flow.length; position++) {
				if (flow[position]) {
					int arc = original[position];
					int s = supportedOfArc[position];

					mentorOf[s] = mentors[arc];
					costOf[s] = costs[arc];
				}
			}
		}

		List<MentorAssignment> assignments = new ArrayList<>();
		List<String> unassigned = new ArrayList<>();
		double totalCost = 0;

		for (int s = 0; s < supportedCount; s++) {
			if (mentorOf[s] < 0) {
				unassigned.add(problem.getSupportedId(s));
			}
			else {
				assignments.add(
					new MentorAssignment(
						s, problem.getSupportedId(s), mentorOf[s], problem.getMentorId(mentorOf[s]), costOf[s]));
				totalCost += costOf[s];
			}
		}

		return new MentorMatching(assignments, unassigned, totalCost, mentorOf);
	}

	/** Which side sends the units; AUTO picks the side with fewer. */
	enum Orientation {

		AUTO, MENTORS, SUPPORTED

	}

	/**
	 * Costs as integer ticks of the resolution; the grid gets coarser only if
	 * path sums (at most nodes x max tick) could leave 2^58.
	 */
	private static long[] _ticks(double[] costs, double resolution, int nodes) {
		double max = 0;

		for (double cost : costs) {
			max = Math.max(max, cost);
		}

		double ticksPerUnit = 1 / resolution;
		double limit = (double)(1L << 58) / (nodes + 2);

		if ((max * ticksPerUnit) > limit) {
			ticksPerUnit = limit / max;
		}

		long[] ticks = new long[costs.length];

		for (int i = 0; i < costs.length; i++) {
			ticks[i] = Math.round(costs[i] * ticksPerUnit);
		}

		return ticks;
	}

	private MentorMatcher() {
	}

}
