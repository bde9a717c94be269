package ru.opora.domain.school;

import java.util.Map;
import java.util.TreeMap;

import ru.opora.domain.validation.Violations;

/**
 * A school's context in one year (REFERENCE.md §3): pupils, the social shares
 * behind the well-being index (seed 004) and the СЭК index (seed 001),
 * staffing and infrastructure. Shares are percentages 0..100; null means
 * unknown.
 */
public final class ContextFigures {

	public ContextFigures(
		int year, int pupilsCount, Double shareSingleParent, Double shareBothParentsHigherEducation, Double shareParentHigherEducation, Double shareDeviantRegistered, Double shareNonNativeRussian, Double shareLowIncome, int teacherVacancies, Double shareTeachersAged65Plus, Double shareTeachersDoubleLoad, boolean needsMajorRepair, boolean hasHighSpeedInternet, boolean hasGrowthPointCentre) {

		this.year = year;
		this.pupilsCount = pupilsCount;
		this.shareSingleParent = shareSingleParent;
		this.shareBothParentsHigherEducation = shareBothParentsHigherEducation;
		this.shareParentHigherEducation = shareParentHigherEducation;
		this.shareDeviantRegistered = shareDeviantRegistered;
		this.shareNonNativeRussian = shareNonNativeRussian;
		this.shareLowIncome = shareLowIncome;
		this.teacherVacancies = teacherVacancies;
		this.shareTeachersAged65Plus = shareTeachersAged65Plus;
		this.shareTeachersDoubleLoad = shareTeachersDoubleLoad;
		this.needsMajorRepair = needsMajorRepair;
		this.hasHighSpeedInternet = hasHighSpeedInternet;
		this.hasGrowthPointCentre = hasGrowthPointCentre;
	}

	public int year() {
		return year;
	}

	public int pupilsCount() {
		return pupilsCount;
	}

	public Double shareSingleParent() {
		return shareSingleParent;
	}

	public Double shareBothParentsHigherEducation() {
		return shareBothParentsHigherEducation;
	}

	public Double shareParentHigherEducation() {
		return shareParentHigherEducation;
	}

	public Double shareDeviantRegistered() {
		return shareDeviantRegistered;
	}

	public Double shareNonNativeRussian() {
		return shareNonNativeRussian;
	}

	public Double shareLowIncome() {
		return shareLowIncome;
	}

	public int teacherVacancies() {
		return teacherVacancies;
	}

	public Double shareTeachersAged65Plus() {
		return shareTeachersAged65Plus;
	}

	public Double shareTeachersDoubleLoad() {
		return shareTeachersDoubleLoad;
	}

	public boolean needsMajorRepair() {
		return needsMajorRepair;
	}

	public boolean hasHighSpeedInternet() {
		return hasHighSpeedInternet;
	}

	public boolean hasGrowthPointCentre() {
		return hasGrowthPointCentre;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ContextFigures)) {
			return false;
		}

		ContextFigures other = (ContextFigures)object;

		return java.util.Objects.equals(year, other.year) &&
			java.util.Objects.equals(pupilsCount, other.pupilsCount) &&
			java.util.Objects.equals(shareSingleParent, other.shareSingleParent) &&
			java.util.Objects.equals(shareBothParentsHigherEducation, other.shareBothParentsHigherEducation) &&
			java.util.Objects.equals(shareParentHigherEducation, other.shareParentHigherEducation) &&
			java.util.Objects.equals(shareDeviantRegistered, other.shareDeviantRegistered) &&
			java.util.Objects.equals(shareNonNativeRussian, other.shareNonNativeRussian) &&
			java.util.Objects.equals(shareLowIncome, other.shareLowIncome) &&
			java.util.Objects.equals(teacherVacancies, other.teacherVacancies) &&
			java.util.Objects.equals(shareTeachersAged65Plus, other.shareTeachersAged65Plus) &&
			java.util.Objects.equals(shareTeachersDoubleLoad, other.shareTeachersDoubleLoad) &&
			java.util.Objects.equals(needsMajorRepair, other.needsMajorRepair) &&
			java.util.Objects.equals(hasHighSpeedInternet, other.hasHighSpeedInternet) &&
			java.util.Objects.equals(hasGrowthPointCentre, other.hasGrowthPointCentre);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(year, pupilsCount, shareSingleParent, shareBothParentsHigherEducation, shareParentHigherEducation, shareDeviantRegistered, shareNonNativeRussian, shareLowIncome, teacherVacancies, shareTeachersAged65Plus, shareTeachersDoubleLoad, needsMajorRepair, hasHighSpeedInternet, hasGrowthPointCentre);
	}

	@Override
	public String toString() {
		return "ContextFigures[" + "year=" + year + ", " + "pupilsCount=" + pupilsCount + ", " + "shareSingleParent=" + shareSingleParent + ", " + "shareBothParentsHigherEducation=" + shareBothParentsHigherEducation + ", " + "shareParentHigherEducation=" + shareParentHigherEducation + ", " + "shareDeviantRegistered=" + shareDeviantRegistered + ", " + "shareNonNativeRussian=" + shareNonNativeRussian + ", " + "shareLowIncome=" + shareLowIncome + ", " + "teacherVacancies=" + teacherVacancies + ", " + "shareTeachersAged65Plus=" + shareTeachersAged65Plus + ", " + "shareTeachersDoubleLoad=" + shareTeachersDoubleLoad + ", " + "needsMajorRepair=" + needsMajorRepair + ", " + "hasHighSpeedInternet=" + hasHighSpeedInternet + ", " + "hasGrowthPointCentre=" + hasGrowthPointCentre + "]";
	}


	/** The shares by field name, unknown ones left out. */
	public Map<String, Double> shares() {
		Map<String, Double> shares = new TreeMap<>();

		_put(shares, "shareSingleParent", shareSingleParent);
		_put(shares, "shareBothParentsHigherEducation", shareBothParentsHigherEducation);
		_put(shares, "shareParentHigherEducation", shareParentHigherEducation);
		_put(shares, "shareDeviantRegistered", shareDeviantRegistered);
		_put(shares, "shareNonNativeRussian", shareNonNativeRussian);
		_put(shares, "shareLowIncome", shareLowIncome);
		_put(shares, "shareTeachersAged65Plus", shareTeachersAged65Plus);
		_put(shares, "shareTeachersDoubleLoad", shareTeachersDoubleLoad);

		return shares;
	}

	public Violations validate() {
		Violations violations = new Violations();

		violations.require(
			(year >= ResultFigures.MIN_YEAR) && (year <= ResultFigures.MAX_YEAR), "year",
			"out-of-range", ResultFigures.MIN_YEAR, ResultFigures.MAX_YEAR);
		violations.require(pupilsCount >= 0, "pupilsCount", "negative");
		violations.require(teacherVacancies >= 0, "teacherVacancies", "negative");

		shares().forEach(
			(field, share) -> violations.require(
				!share.isNaN() && (share >= 0) && (share <= 100), field, "out-of-range", 0, 100));

		if ((shareBothParentsHigherEducation != null) && (shareParentHigherEducation != null) &&
			(shareBothParentsHigherEducation > shareParentHigherEducation)) {

			violations.add("shareBothParentsHigherEducation", "both-parents-more-than-one-parent");
		}

		return violations;
	}

	private static void _put(Map<String, Double> shares, String field, Double value) {
		if (value != null) {
			shares.put(field, value);
		}
	}

	private final int year;
	private final int pupilsCount;
	private final Double shareSingleParent;
	private final Double shareBothParentsHigherEducation;
	private final Double shareParentHigherEducation;
	private final Double shareDeviantRegistered;
	private final Double shareNonNativeRussian;
	private final Double shareLowIncome;
	private final int teacherVacancies;
	private final Double shareTeachersAged65Plus;
	private final Double shareTeachersDoubleLoad;
	private final boolean needsMajorRepair;
	private final boolean hasHighSpeedInternet;
	private final boolean hasGrowthPointCentre;

}
