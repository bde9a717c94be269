package ru.opora.domain.mentoring;

import java.util.Random;

/**
 * On-demand benchmark of the mentor assignment (not part of {@code mvn
 * verify}): 2,000 supported schools x 500 mentors, every pair allowed
 * (1,000,000 pairs), capacities 2-5, costs 0-100 with two decimals, seeded.
 *
 * <p>
 * Run: {@code mvn -o -q -pl modules/core/opora-domain -Pbench verify
 * -DskipTests}; arguments (supported, mentors, seed, runs) through
 * {@code -Dbench.args="2000 500 42 5"}.
 * </p>
 */
public class MentorMatchingBenchmark {

	public static void main(String[] arguments) {
		int supported = (arguments.length > 0) ? Integer.parseInt(arguments[0]) : 2000;
		int mentors = (arguments.length > 1) ? Integer.parseInt(arguments[1]) : 500;
		long seed = (arguments.length > 2) ? Long.parseLong(arguments[2]) : 42L;
		int runs = (arguments.length > 3) ? Integer.parseInt(arguments[3]) : 5;

		long buildStart = System.nanoTime();

		MentorMatchingProblem problem = _dense(supported, mentors, seed);

		long capacity = 0;

		for (int m = 0; m < mentors; m++) {
			capacity += problem.getCapacity(m);
		}

		System.out.printf(
			"instance: %d supported x %d mentors, %d pairs, total capacity %d, seed %d, built in %d ms%n", supported,
			mentors, problem.getPairCount(), capacity, seed, (System.nanoTime() - buildStart) / 1_000_000);

		for (int warmUp = 0; warmUp < 3; warmUp++) {
			_run(problem, "warm-up " + (warmUp + 1), MentorMatcher.Orientation.AUTO);
		}

		long best = Long.MAX_VALUE;
		long sum = 0;

		for (int run = 0; run < runs; run++) {
			long nanos = _run(problem, "run " + (run + 1), MentorMatcher.Orientation.AUTO);

			best = Math.min(best, nanos);
			sum += nanos;
		}

		System.out.printf("best %d ms, mean %d ms over %d runs%n", best / 1_000_000, sum / runs / 1_000_000, runs);

		// The other orientation, for comparison

		_run(problem, "supported side (comparison)", MentorMatcher.Orientation.SUPPORTED);
		_run(problem, "mentor side (comparison)", MentorMatcher.Orientation.MENTORS);
	}

	private static MentorMatchingProblem _dense(int supported, int mentors, long seed) {
		Random random = new Random(seed);
		MentorMatchingProblem problem = new MentorMatchingProblem();

		for (int s = 0; s < supported; s++) {
			problem.addSupported("S" + s);
		}

		for (int m = 0; m < mentors; m++) {
			problem.addMentor("M" + m, 2 + random.nextInt(4));
		}

		for (int s = 0; s < supported; s++) {
			for (int m = 0; m < mentors; m++) {
				problem.allow(s, m, random.nextInt(10001) / 100.0);
			}
		}

		return problem;
	}

	private static long _run(MentorMatchingProblem problem, String label, MentorMatcher.Orientation orientation) {
		long start = System.nanoTime();

		MentorMatching matching = MentorMatcher.solve(problem, orientation);

		long nanos = System.nanoTime() - start;

		System.out.printf(
			"%s: %d ms, assigned %d, unassigned %d, total cost %.2f%n", label, nanos / 1_000_000,
			matching.getAssignedCount(), matching.getUnassigned().size(), matching.getTotalCost());

		return nanos;
	}

}
