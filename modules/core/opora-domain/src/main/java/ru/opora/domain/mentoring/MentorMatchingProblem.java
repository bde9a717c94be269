package ru.opora.domain.mentoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of a mentor assignment: supported schools, mentors with their
 * capacities and the allowed pairs with a non-negative cost.
 *
 * <p>
 * Hard constraints applied by {@link #solve()}: a mentor takes at most its
 * capacity; only pairs given to {@code allow} are used; a pair whose two ids
 * are equal (a school never mentors itself) and a pair given to
 * {@code exclude} are never used, whatever its cost. When the same pair is
 * allowed twice the lower cost is kept.
 * </p>
 *
 * <p>
 * Costs are compared on a grid of {@link #DEFAULT_RESOLUTION} (see
 * {@link #setResolution(double)}): two assignments whose total costs differ by
 * less than the resolution may be taken as equal. The reported costs are the
 * given doubles.
 * </p>
 *
 * <p>
 * Not thread-safe; a problem may be solved several times.
 * </p>
 */
public final class MentorMatchingProblem {

	/** Default grid the costs are rounded to when compared. */
	public static final double DEFAULT_RESOLUTION = 1e-6;

	/**
	 * Adds a mentor and returns its index.
	 *
	 * @throws IllegalArgumentException if the id is blank or already a
	 *         mentor, or the capacity is negative
	 */
	public int addMentor(String id, int capacity) {
		_requireId(id);

		if (capacity < 0) {
			throw new IllegalArgumentException("Negative capacity of mentor " + id);
		}

		if (_mentorIndexes.containsKey(id)) {
			throw new IllegalArgumentException("Duplicate mentor " + id);
		}

		int index = _mentorIds.size();

		_mentorIds.add(id);
		_mentorIndexes.put(id, index);

		if (index == _capacities.length) {
			_capacities = Arrays.copyOf(_capacities, index * 2);
		}

		_capacities[index] = capacity;

		return index;
	}

	/**
	 * Adds a supported school and returns its index.
	 *
	 * @throws IllegalArgumentException if the id is blank or already a
	 *         supported school
	 */
	public int addSupported(String id) {
		_requireId(id);

		if (_supportedIndexes.containsKey(id)) {
			throw new IllegalArgumentException("Duplicate supported school " + id);
		}

		int index = _supportedIds.size();

		_supportedIds.add(id);
		_supportedIndexes.put(id, index);

		return index;
	}

	/**
	 * Allows a pair by indexes.
	 *
	 * @throws IllegalArgumentException if an index is unknown or the cost is
	 *         negative, NaN or infinite
	 */
	public MentorMatchingProblem allow(int supported, int mentor, double cost) {
		_checkSupported(supported);
		_checkMentor(mentor);

		if (!(cost >= 0) || Double.isInfinite(cost)) {
			throw new IllegalArgumentException("Cost must be a finite non-negative number: " + cost);
		}

		if (_pairCount == _pairSupported.length) {
			int length = _pairCount * 2;

			_pairSupported = Arrays.copyOf(_pairSupported, length);
			_pairMentor = Arrays.copyOf(_pairMentor, length);
			_pairCost = Arrays.copyOf(_pairCost, length);
		}

		_pairSupported[_pairCount] = supported;
		_pairMentor[_pairCount] = mentor;
		_pairCost[_pairCount] = cost;
		_pairCount++;

		return this;
	}

	/** Allows a pair by ids; both must have been added. */
	public MentorMatchingProblem allow(String supportedId, String mentorId, double cost) {
		return allow(_supportedIndex(supportedId), _mentorIndex(mentorId), cost);
	}

	/** Forbids a pair by indexes, even if it is allowed. */
	public MentorMatchingProblem exclude(int supported, int mentor) {
		_checkSupported(supported);
		_checkMentor(mentor);

		if (_excludedCount == _excludedSupported.length) {
			_excludedSupported = Arrays.copyOf(_excludedSupported, _excludedCount * 2);
			_excludedMentor = Arrays.copyOf(_excludedMentor, _excludedCount * 2);
		}

		_excludedSupported[_excludedCount] = supported;
		_excludedMentor[_excludedCount] = mentor;
		_excludedCount++;

		return this;
	}

	/** Forbids a pair by ids; both must have been added. */
	public MentorMatchingProblem exclude(String supportedId, String mentorId) {
		return exclude(_supportedIndex(supportedId), _mentorIndex(mentorId));
	}

	public int getCapacity(int mentor) {
		_checkMentor(mentor);

		return _capacities[mentor];
	}

	public int getMentorCount() {
		return _mentorIds.size();
	}

	public String getMentorId(int mentor) {
		return _mentorIds.get(mentor);
	}

	/** Index of the mentor, or -1. */
	public int getMentorIndex(String id) {
		Integer index = _mentorIndexes.get(id);

		return (index == null) ? -1 : index;
	}

	/** Number of {@code allow} calls so far (duplicates included). */
	public int getPairCount() {
		return _pairCount;
	}

	public double getResolution() {
		return _resolution;
	}

	public int getSupportedCount() {
		return _supportedIds.size();
	}

	public String getSupportedId(int supported) {
		return _supportedIds.get(supported);
	}

	/** Index of the supported school, or -1. */
	public int getSupportedIndex(String id) {
		Integer index = _supportedIndexes.get(id);

		return (index == null) ? -1 : index;
	}

	/**
	 * Sets the grid costs are rounded to when compared (default 1e-6). With
	 * very large costs the solver uses a coarser grid so that its sums stay
	 * exact in 64-bit integers.
	 */
	public MentorMatchingProblem setResolution(double resolution) {
		if (!(resolution > 0) || Double.isInfinite(resolution)) {
			throw new IllegalArgumentException("Resolution must be positive: " + resolution);
		}

		_resolution = resolution;

		return this;
	}

	/** Finds the assignment; never throws for infeasible instances. */
	public MentorMatching solve() {
		return MentorMatcher.solve(this, MentorMatcher.Orientation.AUTO);
	}

	/**
	 * The usable pairs grouped by supported school: self-pairs and excluded
	 * pairs removed, duplicates reduced to the lowest cost. Returns
	 * {start[S + 1], mentor[]} and fills costs[0].
	 */
	int[][] compile(double[][] costs) {
		int supportedCount = _supportedIds.size();
		int mentorCount = _mentorIds.size();

		int[] start = new int[supportedCount + 1];

		for (int i = 0; i < _pairCount; i++) {
			start[_pairSupported[i] + 1]++;
		}

		for (int s = 0; s < supportedCount; s++) {
			start[s + 1] += start[s];
		}

		int[] next = Arrays.copyOf(start, supportedCount);
		int[] mentors = new int[_pairCount];
		double[] pairCosts = new double[_pairCount];

		for (int i = 0; i < _pairCount; i++) {
			int position = next[_pairSupported[i]]++;

			mentors[position] = _pairMentor[i];
			pairCosts[position] = _pairCost[i];
		}

		int[] excludedStart = new int[supportedCount + 1];

		for (int i = 0; i < _excludedCount; i++) {
			excludedStart[_excludedSupported[i] + 1]++;
		}

		for (int s = 0; s < supportedCount; s++) {
			excludedStart[s + 1] += excludedStart[s];
		}

		int[] excludedNext = Arrays.copyOf(excludedStart, supportedCount);
		int[] excluded = new int[_excludedCount];

		for (int i = 0; i < _excludedCount; i++) {
			excluded[excludedNext[_excludedSupported[i]]++] = _excludedMentor[i];
		}

		// Per supported school: stamp s + 1 marks a mentor as seen (position
		// kept in slot) and -(s + 1) as forbidden

		int[] stamps = new int[mentorCount];
		int[] slots = new int[mentorCount];

		int[] compactStart = new int[supportedCount + 1];
		int size = 0;

		for (int s = 0; s < supportedCount; s++) {
			compactStart[s] = size;

			for (int i = excludedStart[s]; i < excludedStart[s + 1]; i++) {
				stamps[excluded[i]] = -(s + 1);
			}

			Integer self = _mentorIndexes.get(_supportedIds.get(s));

			if (self != null) {
				stamps[self] = -(s + 1);
			}

			for (int i = start[s]; i < start[s + 1]; i++) {
				int mentor = mentors[i];
				int stamp = stamps[mentor];

				if (stamp == -(s + 1)) {
					continue;
				}

				if (stamp == (s + 1)) {
					int slot = slots[mentor];

					pairCosts[slot] = Math.min(pairCosts[slot], pairCosts[i]);

					continue;
				}

				stamps[mentor] = s + 1;
				slots[mentor] = size;
				mentors[size] = mentor;
				pairCosts[size] = pairCosts[i];
				size++;
			}
		}

		compactStart[supportedCount] = size;

		costs[0] = Arrays.copyOf(pairCosts, size);

		return new int[][] {compactStart, Arrays.copyOf(mentors, size)};
	}

	int[] getCapacities() {
		return Arrays.copyOf(_capacities, _mentorIds.size());
	}

	private void _checkMentor(int mentor) {
		if ((mentor < 0) || (mentor >= _mentorIds.size())) {
			throw new IllegalArgumentException("Unknown mentor index " + mentor);
		}
	}

	private void _checkSupported(int supported) {
		if ((supported < 0) || (supported >= _supportedIds.size())) {
			throw new IllegalArgumentException("Unknown supported school index " + supported);
		}
	}

	private int _mentorIndex(String id) {
		Integer index = _mentorIndexes.get(id);

		if (index == null) {
			throw new IllegalArgumentException("Unknown mentor " + id);
		}

		return index;
	}

	private void _requireId(String id) {
		if ((id == null) || id.isBlank()) {
			throw new IllegalArgumentException("Id is required");
		}
	}

	private int _supportedIndex(String id) {
		Integer index = _supportedIndexes.get(id);

		if (index == null) {
			throw new IllegalArgumentException("Unknown supported school " + id);
		}

		return index;
	}

	private int[] _capacities = new int[16];
	private int _excludedCount;
	private int[] _excludedMentor = new int[16];
	private int[] _excludedSupported = new int[16];
	private final List<String> _mentorIds = new ArrayList<>();
	private final Map<String, Integer> _mentorIndexes = new HashMap<>();
	private int _pairCount;
	private double[] _pairCost = new double[16];
	private int[] _pairMentor = new int[16];
	private int[] _pairSupported = new int[16];
	private double _resolution = DEFAULT_RESOLUTION;
	private final List<String> _supportedIds = new ArrayList<>();
	private final Map<String, Integer> _supportedIndexes = new HashMap<>();

}
