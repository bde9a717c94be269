package ru.opora.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.profile.SurveyAnswers;

/** Hand-made survey sets on the default dictionary. */
public final class Surveys {

	public static final FactorDictionary DICTIONARY = DefaultDictionary.version2021();

	/** {@code count} respondents of a group answering every question of the group with {@code answer}. */
	public static List<SurveyAnswers> uniform(RespondentGroup group, int count, double answer) {
		List<SurveyAnswers> list = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			Map<String, Double> answers = new java.util.LinkedHashMap<>();

			for (Question question : DICTIONARY.questionsOf(group)) {
				answers.put(question.code(), Math.min(answer, question.max()));
			}

			list.add(new SurveyAnswers(group.name() + i, group, answers));
		}

		return list;
	}

	/** Exactly the minimum of every group, all answering {@code answer}. */
	public static List<SurveyAnswers> complete(double answer) {
		List<SurveyAnswers> list = new ArrayList<>();

		for (RespondentGroup group : RespondentGroup.values()) {
			list.addAll(uniform(group, DICTIONARY.minRespondents(group), answer));
		}

		return list;
	}

	public static SurveyAnswers one(String key, RespondentGroup group, Object... codesAndAnswers) {
		Map<String, Double> answers = new java.util.LinkedHashMap<>();

		for (int i = 0; i < codesAndAnswers.length; i += 2) {
			answers.put((String)codesAndAnswers[i], ((Number)codesAndAnswers[i + 1]).doubleValue());
		}

		return new SurveyAnswers(key, group, answers);
	}

	private Surveys() {
	}

}
