package ru.opora.domain.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ru.opora.domain.school.SchoolLevel;

/**
 * Turns what is known about a supported school and a mentor into the cost of
 * the pair (lower is better, never negative) and its explanation.
 *
 * <p>
 * Every component is a penalty, so a strength shows as a component of value
 * 0 and its absence as a positive value. Components and default weights:
 * </p>
 *
 * <ul>
 * <li>
 * distance: {@code perKm} (0.1) per km of great-circle distance between the
 * coordinates, counted up to {@code distanceCapKm} (200); without coordinates
 * the same settlement counts as 0 km and anything else costs
 * {@code unknownDistance} (10). Pairs farther than {@code maxDistanceKm}
 * (unlimited) are not allowed.
 * </li>
 * <li>
 * other settlement: {@code otherSettlement} (3) when both settlements are known
 * and differ (the same-settlement bonus).
 * </li>
 * <li>
 * load: {@code load} (6) times the share of the mentor's places already taken
 * (currentLoad / maxSchools).
 * </li>
 * <li>
 * risk factors: {@code uncoveredRiskFactor} (8) for each priority risk factor
 * of the supported school the mentor has not overcome.
 * </li>
 * <li>
 * weak subjects: {@code uncoveredWeakSubject} (3) for each weak subject that is
 * not a strong subject of the mentor.
 * </li>
 * <li>
 * level: {@code otherLevel} (4) when both levels are known and differ.
 * </li>
 * <li>
 * cooperation: {@code noCooperation} (2) unless the mentor already cooperates
 * with the school (the existing-cooperation bonus).
 * </li>
 * </ul>
 *
 * <p>
 * Message keys (arguments): {@code opora-mentoring-cost-distance} (km),
 * {@code -distance-unknown}, {@code -same-settlement},
 * {@code -other-settlement}, {@code -load} (current load, max schools),
 * {@code -risk-factor-covered} / {@code -risk-factor-not-covered} (code),
 * {@code -subject-strong} / {@code -subject-not-strong} (subject),
 * {@code -same-level} (level) / {@code -other-level} (mentor level, supported
 * level), {@code -cooperation} / {@code -no-cooperation}, and
 * {@code opora-mentoring-too-far} (km, max km) and
 * {@code opora-mentoring-self} (id) for a pair not allowed; all keys start
 * with {@code opora-mentoring-cost-} except these two.
 * </p>
 */
public final class MentorCostModel {

	public static final String KEY_PREFIX = "opora-mentoring-cost-";

	/** Mean Earth radius, km. */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	public static Builder builder() {
		return new Builder();
	}

	/** The model with the default weights. */
	public static MentorCostModel defaults() {
		return new Builder().build();
	}

	/** Great-circle distance, km (haversine). */
	public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
		double phi1 = Math.toRadians(latitude1);
		double phi2 = Math.toRadians(latitude2);
		double sinPhi = Math.sin((phi2 - phi1) / 2);
		double sinLambda = Math.sin(Math.toRadians(longitude2 - longitude1) / 2);

		double a = (sinPhi * sinPhi) + (Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda);

		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Cost and explanation of the pair; the distance comes from the coordinates. */
	public PairCost cost(SupportedSchoolProfile supported, MentorCandidate mentor) {
		return cost(supported, mentor, null);
	}

	/**
	 * Cost and explanation of the pair, with a known (road) distance in km, or
	 * null to use the coordinates.
	 */
	public PairCost cost(SupportedSchoolProfile supported, MentorCandidate mentor, Double distanceKm) {
		List<CostComponent> components = new ArrayList<>();
		boolean allowed = true;

		if (supported.getSchoolId().equals(mentor.getSchoolId())) {
			allowed = false;
			components.add(new CostComponent("opora-mentoring-self", 0, List.of(supported.getSchoolId())));
		}

		// Distance

		if ((distanceKm == null) && (supported.getLatitude() != null) && (supported.getLongitude() != null) &&
			(mentor.getLatitude() != null) && (mentor.getLongitude() != null)) {

			distanceKm = distanceKm(
				supported.getLatitude(), supported.getLongitude(), mentor.getLatitude(), mentor.getLongitude());
		}

		Boolean sameSettlement = _sameSettlement(supported.getSettlement(), mentor.getSettlement());

		if ((distanceKm == null) && Boolean.TRUE.equals(sameSettlement)) {
			distanceKm = 0.0;
		}

		if (distanceKm == null) {
			components.add(_component("distance-unknown", _unknownDistance));
		}
		else {
			double km = Math.round(distanceKm * 10) / 10.0;

			components.add(_component("distance", _perKm * Math.min(distanceKm, _distanceCapKm), km));

			if (distanceKm > _maxDistanceKm) {
				allowed = false;
				components.add(new CostComponent("opora-mentoring-too-far", 0, List.of(km, _maxDistanceKm)));
			}
		}

		if (sameSettlement != null) {
			components.add(
				sameSettlement ? _component("same-settlement", 0) : _component("other-settlement", _otherSettlement));
		}

		// Load

		if (mentor.getMaxSchools() > 0) {
			components.add(
				_component(
					"load", _load * Math.min(1.0, (double)mentor.getCurrentLoad() / mentor.getMaxSchools()),
					mentor.getCurrentLoad(), mentor.getMaxSchools()));
		}

		// Strengths against needs

		for (String code : supported.getPriorityRiskFactors()) {
			if (mentor.getOvercomeRiskFactors().contains(code)) {
				components.add(_component("risk-factor-covered", 0, code));
			}
			else {
				components.add(_component("risk-factor-not-covered", _uncoveredRiskFactor, code));
			}
		}

		for (String subject : new java.util.TreeSet<>(supported.getWeakSubjects())) {
			if (mentor.getStrongSubjects().contains(subject)) {
				components.add(_component("subject-strong", 0, subject));
			}
			else {
				components.add(_component("subject-not-strong", _uncoveredWeakSubject, subject));
			}
		}

		SchoolLevel supportedLevel = supported.getLevel();
		SchoolLevel mentorLevel = mentor.getLevel();

		if ((supportedLevel != null) && (mentorLevel != null)) {
			if (supportedLevel == mentorLevel) {
				components.add(_component("same-level", 0, supportedLevel.code()));
			}
			else {
				components.add(_component("other-level", _otherLevel, mentorLevel.code(), supportedLevel.code()));
			}
		}

		if (mentor.getCooperatingSchoolIds().contains(supported.getSchoolId())) {
			components.add(_component("cooperation", 0));
		}
		else {
			components.add(_component("no-cooperation", _noCooperation));
		}

		double total = 0;

		for (CostComponent component : components) {
			total += component.getValue();
		}

		return new PairCost(allowed, total, components);
	}

	/**
	 * A problem with every supported school, every mentor (capacity: its free
	 * places) and every allowed pair at its cost. Add exclusions to it before
	 * solving.
	 */
	public MentorMatchingProblem problem(List<SupportedSchoolProfile> supported, List<MentorCandidate> mentors) {
		MentorMatchingProblem problem = new MentorMatchingProblem();

		for (SupportedSchoolProfile profile : supported) {
			problem.addSupported(profile.getSchoolId());
		}

		for (MentorCandidate mentor : mentors) {
			problem.addMentor(mentor.getSchoolId(), mentor.getFreeCapacity());
		}

		for (int s = 0; s < supported.size(); s++) {
			for (int m = 0; m < mentors.size(); m++) {
				PairCost pairCost = cost(supported.get(s), mentors.get(m));

				if (pairCost.isAllowed()) {
					problem.allow(s, m, pairCost.getTotal());
				}
			}
		}

		return problem;
	}

	public double getDistanceCapKm() {
		return _distanceCapKm;
	}

	public double getLoad() {
		return _load;
	}

	public double getMaxDistanceKm() {
		return _maxDistanceKm;
	}

	public double getNoCooperation() {
		return _noCooperation;
	}

	public double getOtherLevel() {
		return _otherLevel;
	}

	public double getOtherSettlement() {
		return _otherSettlement;
	}

	public double getPerKm() {
		return _perKm;
	}

	public double getUncoveredRiskFactor() {
		return _uncoveredRiskFactor;
	}

	public double getUncoveredWeakSubject() {
		return _uncoveredWeakSubject;
	}

	public double getUnknownDistance() {
		return _unknownDistance;
	}

	/** Weights of the model; each must be a finite non-negative number. */
	public static final class Builder {

		public MentorCostModel build() {
			return new MentorCostModel(this);
		}

		public Builder distanceCapKm(double value) {
			_distanceCapKm = _check(value, "distanceCapKm");

			return this;
		}

		public Builder load(double value) {
			_load = _check(value, "load");

			return this;
		}

		/** Pairs farther apart are not allowed; may be infinite. */
		public Builder maxDistanceKm(double value) {
			if (!(value >= 0)) {
				throw new IllegalArgumentException("maxDistanceKm must not be negative: " + value);
			}

			_maxDistanceKm = value;

			return this;
		}

		public Builder noCooperation(double value) {
			_noCooperation = _check(value, "noCooperation");

			return this;
		}

		public Builder otherLevel(double value) {
			_otherLevel = _check(value, "otherLevel");

			return this;
		}

		public Builder otherSettlement(double value) {
			_otherSettlement = _check(value, "otherSettlement");

			return this;
		}

		public Builder perKm(double value) {
			_perKm = _check(value, "perKm");

			return this;
		}

		public Builder uncoveredRiskFactor(double value) {
			_uncoveredRiskFactor = _check(value, "uncoveredRiskFactor");

			return this;
		}

		public Builder uncoveredWeakSubject(double value) {
			_uncoveredWeakSubject = _check(value, "uncoveredWeakSubject");

			return this;
		}

		public Builder unknownDistance(double value) {
			_unknownDistance = _check(value, "unknownDistance");

			return this;
		}

		private static double _check(double value, String name) {
			if (!(value >= 0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException(name + " must be a finite non-negative number: " + value);
			}

			return value;
		}

		private Builder() {
		}

		private double _distanceCapKm = 200;
		private double _load = 6;
		private double _maxDistanceKm = Double.POSITIVE_INFINITY;
		private double _noCooperation = 2;
		private double _otherLevel = 4;
		private double _otherSettlement = 3;
		private double _perKm = 0.1;
		private double _uncoveredRiskFactor = 8;
		private double _uncoveredWeakSubject = 3;
		private double _unknownDistance = 10;

	}

	private static CostComponent _component(String name, double value, Object... arguments) {
		return new CostComponent(KEY_PREFIX + name, value, List.of(arguments));
	}

	/** True / false when both settlements are known, else null. */
	private static Boolean _sameSettlement(String settlement1, String settlement2) {
		if ((settlement1 == null) || settlement1.isBlank() || (settlement2 == null) || settlement2.isBlank()) {
			return null;
		}

		return settlement1.strip().toLowerCase(Locale.ROOT).equals(settlement2.strip().toLowerCase(Locale.ROOT));
	}

	private MentorCostModel(Builder builder) {
		_distanceCapKm = builder._distanceCapKm;
		_load = builder._load;
		_maxDistanceKm = builder._maxDistanceKm;
		_noCooperation = builder._noCooperation;
		_otherLevel = builder._otherLevel;
		_otherSettlement = builder._otherSettlement;
		_perKm = builder._perKm;
		_uncoveredRiskFactor = builder._uncoveredRiskFactor;
		_uncoveredWeakSubject = builder._uncoveredWeakSubject;
		_unknownDistance = builder._unknownDistance;
	}

	private final double _distanceCapKm;
	private final double _load;
	private final double _maxDistanceKm;
	private final double _noCooperation;
	private final double _otherLevel;
	private final double _otherSettlement;
	private final double _perKm;
	private final double _uncoveredRiskFactor;
	private final double _uncoveredWeakSubject;
	private final double _unknownDistance;

}
