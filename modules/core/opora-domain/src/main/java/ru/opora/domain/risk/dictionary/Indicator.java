package ru.opora.domain.risk.dictionary;

import java.util.List;
import java.util.Objects;

import ru.opora.domain.risk.RespondentGroup;

/**
 * An indicator of a factor: the mean risk score of one respondent group's
 * answers to the listed questions, turned into a level by the thresholds.
 */
public final class Indicator {

	public Indicator(
		String code, String nameRu, String nameEn, RespondentGroup group,
		List<String> questionCodes, Thresholds thresholds) {

		this.code = code;
		this.nameRu = nameRu;
		this.nameEn = nameEn;
		this.group = group;
		this.questionCodes = List.copyOf(questionCodes);
		this.thresholds = thresholds;
	}

	public String code() {
		return code;
	}

	public RespondentGroup group() {
		return group;
	}

	public String name(boolean russian) {
		return russian ? nameRu : nameEn;
	}

	public String nameEn() {
		return nameEn;
	}

	public String nameRu() {
		return nameRu;
	}

	public List<String> questionCodes() {
		return questionCodes;
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Indicator)) {
			return false;
		}

		Indicator other = (Indicator)object;

		return code.equals(other.code) && nameRu.equals(other.nameRu) && nameEn.equals(other.nameEn) &&
			(group == other.group) && questionCodes.equals(other.questionCodes) &&
			thresholds.equals(other.thresholds);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code, group, questionCodes);
	}

	@Override
	public String toString() {
		return code;
	}

	private final String code;
	private final RespondentGroup group;
	private final String nameEn;
	private final String nameRu;
	private final List<String> questionCodes;
	private final Thresholds thresholds;

}
