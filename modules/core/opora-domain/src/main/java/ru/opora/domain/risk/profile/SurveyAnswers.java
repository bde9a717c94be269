package ru.opora.domain.risk.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import ru.opora.domain.risk.RespondentGroup;

/**
 * One respondent's answers: a staff user's id or an anonymous response code as
 * key, the group, and answers by question code (a missing question is simply
 * absent).
 */
public final class SurveyAnswers {

	public SurveyAnswers(String respondentKey, RespondentGroup group, Map<String, Double> answers) {
		this.respondentKey = respondentKey;
		this.group = group;
		this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	public Double answer(String questionCode) {
		return answers.get(questionCode);
	}

	public Map<String, Double> answers() {
		return answers;
	}

	public RespondentGroup group() {
		return group;
	}

	public String respondentKey() {
		return respondentKey;
	}

	private final Map<String, Double> answers;
	private final RespondentGroup group;
	private final String respondentKey;

}
