package ru.opora.domain.risk.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.validation.Violations;

/**
 * Curator verification of a profile. Every step needs a comment; a correction
 * must change the level (a curator may also give a level to a factor that had
 * not enough data); a confirmation needs a level to confirm. The effective
 * level of a factor is the computed one overridden by the latest step.
 */
public final class Verification {

	public static final int COMMENT_MAX_LENGTH = 2000;

	public static Violations check(
		VerificationAction action, RiskLevel current, RiskLevel newLevel, String comment) {

		Violations violations = new Violations();

		violations.require(action != null, "action", "required");
		violations.requireText(comment, COMMENT_MAX_LENGTH, "comment");

		if (action == VerificationAction.CONFIRM) {
			violations.require(current != null, "level", "risk-verify-nothing-to-confirm");
		}
		else if (action == VerificationAction.CORRECT) {
			if (newLevel == null) {
				violations.add("level", "required");
			}
			else {
				violations.require(newLevel != current, "level", "risk-verify-same-level", newLevel.name());
			}
		}

		return violations;
	}

	/** The level a step leaves: the new one for a correction, the current one for a confirmation. */
	public static RiskLevel resultOf(VerificationAction action, RiskLevel current, RiskLevel newLevel) {
		return (action == VerificationAction.CORRECT) ? newLevel : current;
	}

	/** Levels after verification, by factor code (null = not enough data). */
	public static Map<String, RiskLevel> effectiveLevels(
		List<FactorAssessment> computed, List<VerificationEntry> history) {

		Map<String, RiskLevel> levels = new LinkedHashMap<>();

		for (FactorAssessment assessment : computed) {
			levels.put(assessment.factorCode(), assessment.level());
		}

		List<VerificationEntry> sorted = new ArrayList<>(history);

		sorted.sort(Comparator.comparing(VerificationEntry::date));

		for (VerificationEntry entry : sorted) {
			if (levels.containsKey(entry.factorCode())) {
				levels.put(entry.factorCode(), entry.toLevel());
			}
		}

		return levels;
	}

	/** Whether the curator has confirmed or corrected every factor. */
	public static boolean isComplete(List<FactorAssessment> computed, List<VerificationEntry> history) {
		for (FactorAssessment assessment : computed) {
			boolean verified = false;

			for (VerificationEntry entry : history) {
				if (entry.factorCode().equals(assessment.factorCode())) {
					verified = true;
				}
			}

			if (!verified) {
				return false;
			}
		}

		return !computed.isEmpty();
	}

	private Verification() {
	}

}
