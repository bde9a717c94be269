package ru.opora.domain.risk.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.validation.Violations;

/**
 * One version of the factor dictionary: in force from {@code fromYear} on,
 * with its questions, factors (each with indicators) and the minimum number of
 * respondents of each group below which an indicator has not enough data.
 */
public final class FactorDictionary {

	public FactorDictionary(
		int fromYear, List<Question> questions, List<RiskFactor> factors,
		Map<RespondentGroup, Integer> minRespondents) {

		this.fromYear = fromYear;
		this.questions = List.copyOf(questions);
		this.factors = List.copyOf(factors);

		EnumMap<RespondentGroup, Integer> minimums = new EnumMap<>(RespondentGroup.class);

		minimums.putAll(minRespondents);

		this.minRespondents = Collections.unmodifiableMap(minimums);

		Map<String, Question> byCode = new LinkedHashMap<>();

		for (Question question : this.questions) {
			byCode.putIfAbsent(question.code(), question);
		}

		_questionsByCode = Collections.unmodifiableMap(byCode);
	}

	public Optional<RiskFactor> factor(String code) {
		for (RiskFactor factor : factors) {
			if (factor.code().equals(code)) {
				return Optional.of(factor);
			}
		}

		return Optional.empty();
	}

	public List<RiskFactor> factors() {
		return factors;
	}

	public int fromYear() {
		return fromYear;
	}

	/** Minimum respondents of a group (at least 1). */
	public int minRespondents(RespondentGroup group) {
		return Math.max(1, minRespondents.getOrDefault(group, 1));
	}

	public Map<RespondentGroup, Integer> minRespondents() {
		return minRespondents;
	}

	public Optional<Question> question(String code) {
		return Optional.ofNullable(_questionsByCode.get(code));
	}

	public List<Question> questions() {
		return questions;
	}

	/** The questionnaire of one group, in dictionary order. */
	public List<Question> questionsOf(RespondentGroup group) {
		List<Question> list = new ArrayList<>();

		for (Question question : questions) {
			if (question.group() == group) {
				list.add(question);
			}
		}

		return list;
	}

	/**
	 * Every problem of the version: codes (factor {@code RFnn}, unique
	 * indicators and questions), names, scales, thresholds, questions that an
	 * indicator uses but that do not exist or belong to another group.
	 */
	public Violations validate() {
		Violations violations = new Violations();

		violations.require((fromYear >= 2000) && (fromYear <= 2100), "fromYear", "risk-year-invalid", fromYear);
		violations.require(!factors.isEmpty(), "factors", "required");

		Set<String> questionCodes = new HashSet<>();

		for (Question question : questions) {
			String field = "question." + question.code();

			violations.require(_CODE.matcher(String.valueOf(question.code())).matches(), field, "risk-code-invalid", question.code());
			violations.require(questionCodes.add(question.code()), field, "risk-code-duplicate", question.code());
			violations.require(question.group() != null, field + ".group", "required");
			violations.requireText(question.textRu(), 500, field + ".textRu");
			violations.requireText(question.textEn(), 500, field + ".textEn");
			violations.require(question.min() < question.max(), field + ".scale", "risk-scale-invalid", question.min(), question.max());
		}

		Set<String> factorCodes = new HashSet<>();
		Set<String> indicatorCodes = new HashSet<>();

		for (RiskFactor factor : factors) {
			String field = "factor." + factor.code();

			violations.require(_FACTOR_CODE.matcher(String.valueOf(factor.code())).matches(), field, "risk-code-invalid", factor.code());
			violations.require(factorCodes.add(factor.code()), field, "risk-code-duplicate", factor.code());
			violations.requireText(factor.nameRu(), 300, field + ".nameRu");
			violations.requireText(factor.nameEn(), 300, field + ".nameEn");
			violations.require(!factor.indicators().isEmpty(), field + ".indicators", "required");

			for (Indicator indicator : factor.indicators()) {
				_validate(indicator, indicatorCodes, violations);
			}
		}

		for (Map.Entry<RespondentGroup, Integer> entry : minRespondents.entrySet()) {
			violations.require(
				(entry.getValue() != null) && (entry.getValue() >= 1), "minRespondents." + entry.getKey(),
				"risk-min-respondents-invalid", entry.getValue());
		}

		return violations;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof FactorDictionary)) {
			return false;
		}

		FactorDictionary other = (FactorDictionary)object;

		return (fromYear == other.fromYear) && questions.equals(other.questions) && factors.equals(other.factors) &&
			minRespondents.equals(other.minRespondents);
	}

	@Override
	public int hashCode() {
		return Objects.hash(fromYear, factors);
	}

	private void _validate(Indicator indicator, Set<String> indicatorCodes, Violations violations) {
		String field = "indicator." + indicator.code();

		violations.require(_CODE.matcher(String.valueOf(indicator.code())).matches(), field, "risk-code-invalid", indicator.code());
		violations.require(indicatorCodes.add(indicator.code()), field, "risk-code-duplicate", indicator.code());
		violations.requireText(indicator.nameRu(), 300, field + ".nameRu");
		violations.requireText(indicator.nameEn(), 300, field + ".nameEn");
		violations.require(indicator.group() != null, field + ".group", "required");
		violations.require(!indicator.questionCodes().isEmpty(), field + ".questions", "required");
		violations.require(indicator.thresholds().isOrdered(), field + ".thresholds", "risk-thresholds-invalid", indicator.thresholds().toString());

		for (String questionCode : indicator.questionCodes()) {
			Question question = _questionsByCode.get(questionCode);

			if (question == null) {
				violations.add(field + ".questions", "risk-question-unknown", questionCode);
			}
			else if (question.group() != indicator.group()) {
				violations.add(field + ".questions", "risk-question-group-mismatch", questionCode, String.valueOf(indicator.group()));
			}
		}
	}

	private static final Pattern _CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	private static final Pattern _FACTOR_CODE = Pattern.compile("RF\\d{2}");

	private final List<RiskFactor> factors;
	private final int fromYear;
	private final Map<RespondentGroup, Integer> minRespondents;
	private final List<Question> questions;
	private final Map<String, Question> _questionsByCode;

}
