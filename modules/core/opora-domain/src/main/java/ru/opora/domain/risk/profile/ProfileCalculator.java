package ru.opora.domain.risk.profile;

import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Indicator;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.dictionary.RiskFactor;

/**
 * Computes a school's factor levels from its survey answers with one
 * dictionary version. An indicator's value is the mean risk score of every
 * valid answer its group gave to its questions; each question needs answers
 * from at least the group's minimum number of respondents, otherwise the
 * indicator has not enough data. Answers of another group, to unknown
 * questions or off the scale are ignored.
 */
public final class ProfileCalculator {

	public static List<FactorAssessment> calculate(FactorDictionary dictionary, List<SurveyAnswers> responses) {
		List<FactorAssessment> assessments = new ArrayList<>();

		for (RiskFactor factor : dictionary.factors()) {
			List<IndicatorValue> values = new ArrayList<>();

			for (Indicator indicator : factor.indicators()) {
				values.add(indicatorValue(dictionary, indicator, responses));
			}

			assessments.add(new FactorAssessment(factor.code(), values));
		}

		return assessments;
	}

	public static IndicatorValue indicatorValue(
		FactorDictionary dictionary, Indicator indicator, List<SurveyAnswers> responses) {

		RespondentGroup group = indicator.group();
		int required = dictionary.minRespondents(group);

		double sum = 0;
		int count = 0;
		int fewest = Integer.MAX_VALUE;

		for (String questionCode : indicator.questionCodes()) {
			Question question = dictionary.question(questionCode).orElse(null);
			int answered = 0;

			for (SurveyAnswers response : responses) {
				Double answer = response.answer(questionCode);

				if ((question == null) || (response.group() != group) || (answer == null) ||
					!question.isValidAnswer(answer)) {

					continue;
				}

				sum += question.riskScore(answer);
				count++;
				answered++;
			}

			fewest = Math.min(fewest, answered);
		}

		if (fewest == Integer.MAX_VALUE) {
			fewest = 0;
		}

		if ((fewest < required) || (count == 0)) {
			return new IndicatorValue(indicator.code(), group, null, fewest, required, null);
		}

		double value = Math.round(sum / count * 10) / 10.0;

		return new IndicatorValue(
			indicator.code(), group, value, fewest, required, indicator.thresholds().levelOf(value));
	}

	private ProfileCalculator() {
	}

}
