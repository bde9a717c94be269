package ru.opora.domain.risk.dictionary;

import java.util.Objects;

import ru.opora.domain.risk.RespondentGroup;

/**
 * One question of a questionnaire: asked to one respondent group, answered on
 * a numeric scale {@code min..max} (a yes/no question is 0..1). An answer is
 * turned into a risk score 0..100 (100 = the most risk); {@code inverted} means
 * a high answer signals a low risk ("Is the equipment sufficient? 1-5").
 */
public final class Question {

	public Question(
		String code, RespondentGroup group, String textRu, String textEn, int min,
		int max, boolean inverted) {

		this.code = code;
		this.group = group;
		this.textRu = textRu;
		this.textEn = textEn;
		this.min = min;
		this.max = max;
		this.inverted = inverted;
	}

	public String code() {
		return code;
	}

	public RespondentGroup group() {
		return group;
	}

	public boolean inverted() {
		return inverted;
	}

	/** Whether an answer lies on the question's scale. */
	public boolean isValidAnswer(double answer) {
		return (answer >= min) && (answer <= max) && !Double.isNaN(answer);
	}

	public int max() {
		return max;
	}

	public int min() {
		return min;
	}

	/** The answer as a risk score 0..100. */
	public double riskScore(double answer) {
		if (!isValidAnswer(answer)) {
			throw new IllegalArgumentException(code + ": answer " + answer + " is outside " + min + ".." + max);
		}

		double share = (answer - min) / (max - min);

		if (inverted) {
			share = 1 - share;
		}

		return share * 100;
	}

	public String text(boolean russian) {
		return russian ? textRu : textEn;
	}

	public String textEn() {
		return textEn;
	}

	public String textRu() {
		return textRu;
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Question)) {
			return false;
		}

		Question other = (Question)object;

		return code.equals(other.code) && (group == other.group) && textRu.equals(other.textRu) &&
			textEn.equals(other.textEn) && (min == other.min) && (max == other.max) &&
			(inverted == other.inverted);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code, group, min, max, inverted);
	}

	@Override
	public String toString() {
		return code;
	}

	private final String code;
	private final RespondentGroup group;
	private final boolean inverted;
	private final int max;
	private final int min;
	private final String textEn;
	private final String textRu;

}
