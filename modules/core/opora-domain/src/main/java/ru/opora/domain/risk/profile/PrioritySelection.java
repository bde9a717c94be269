package ru.opora.domain.risk.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.validation.Violations;

/**
 * The school's choice of factors to work on: between 1 and the maximum (per
 * municipality, default 3), no repeats, only factors of the profile with a
 * level. HIGH and MEDIUM factors are eligible; a LOW factor only when the
 * profile has fewer HIGH/MEDIUM factors than the maximum; NONE never.
 */
public final class PrioritySelection {

	public static final int DEFAULT_MAX = 3;

	/**
	 * @param effectiveLevels the profile's levels after verification, by factor
	 *        code (null value = not enough data)
	 */
	public static Violations check(List<String> selected, Map<String, RiskLevel> effectiveLevels, int max) {
		Violations violations = new Violations();

		if (max < 1) {
			max = DEFAULT_MAX;
		}

		violations.require(!selected.isEmpty(), "priorities", "risk-priority-none");
		violations.require(selected.size() <= max, "priorities", "risk-priority-too-many", max);

		int candidates = 0;

		for (RiskLevel level : effectiveLevels.values()) {
			if ((level != null) && level.isPriorityCandidate()) {
				candidates++;
			}
		}

		Set<String> seen = new HashSet<>();

		for (String code : selected) {
			String field = "priority." + code;

			if (!seen.add(code)) {
				violations.add(field, "risk-code-duplicate", code);

				continue;
			}

			if (!effectiveLevels.containsKey(code)) {
				violations.add(field, "risk-factor-unknown", code);

				continue;
			}

			RiskLevel level = effectiveLevels.get(code);

			if (level == null) {
				violations.add(field, "risk-priority-not-enough-data", code);
			}
			else if (level == RiskLevel.NONE) {
				violations.add(field, "risk-priority-no-risk", code);
			}
			else if ((level == RiskLevel.LOW) && (candidates >= max)) {
				violations.add(field, "risk-priority-low-level", code, candidates);
			}
		}

		return violations;
	}

	private PrioritySelection() {
	}

}
