package ru.opora.domain.risk.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.dictionary.FactorDictionary;

/**
 * Progress of a school's survey: distinct respondents per group against the
 * dictionary's minimum.
 */
public final class SurveyProgress {

	public static SurveyProgress of(FactorDictionary dictionary, List<SurveyAnswers> responses) {
		Map<RespondentGroup, Set<String>> keys = new EnumMap<>(RespondentGroup.class);

		for (SurveyAnswers response : responses) {
			if (!response.answers().isEmpty()) {
				keys.computeIfAbsent(response.group(), group -> new HashSet<>()).add(response.respondentKey());
			}
		}

		Map<RespondentGroup, Integer> counts = new EnumMap<>(RespondentGroup.class);
		Map<RespondentGroup, Integer> required = new EnumMap<>(RespondentGroup.class);

		for (RespondentGroup group : RespondentGroup.values()) {
			counts.put(group, keys.getOrDefault(group, Set.of()).size());
			required.put(group, dictionary.minRespondents(group));
		}

		return new SurveyProgress(counts, required);
	}

	public int answered(RespondentGroup group) {
		return _counts.get(group);
	}

	/** Whether every group reached its minimum. */
	public boolean isComplete() {
		for (RespondentGroup group : RespondentGroup.values()) {
			if (!isComplete(group)) {
				return false;
			}
		}

		return true;
	}

	public boolean isComplete(RespondentGroup group) {
		return _counts.get(group) >= _required.get(group);
	}

	public int required(RespondentGroup group) {
		return _required.get(group);
	}

	private SurveyProgress(Map<RespondentGroup, Integer> counts, Map<RespondentGroup, Integer> required) {
		_counts = Collections.unmodifiableMap(counts);
		_required = Collections.unmodifiableMap(required);
	}

	private final Map<RespondentGroup, Integer> _counts;
	private final Map<RespondentGroup, Integer> _required;

}
