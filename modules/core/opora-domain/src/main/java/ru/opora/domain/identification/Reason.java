package ru.opora.domain.identification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;

/**
 * Why a school is (or is not) in a group: the rule, the figure it looked at
 * and the threshold it compared it with. Like a
 * {@link ru.opora.domain.validation.Violation}, it carries a message key and
 * positional arguments for localisation:
 *
 * <ol start="0">
 * <li>assessment code, or "" when the reason concerns the whole school</li>
 * <li>grade, or ""</li>
 * <li>subject, or ""</li>
 * <li>value</li>
 * <li>comparison symbol, or ""</li>
 * <li>threshold</li>
 * <li>and on: the extra figures of the rule (see {@link #extras()})</li>
 * </ol>
 *
 * <p>
 * A reason with no {@link #group()} is a note: it explains an ignored figure,
 * a missing index or a suppressed group.
 * </p>
 */
public final class Reason {

	public static Reason note(ReasonCode code, int year, Object... extras) {
		return new Reason(code, null, year, null, null, null, null, null, null, Arrays.asList(extras));
	}

	public static Reason ofResult(
		ReasonCode code, Group group, ResultFigures result, double value, Comparison comparison,
		double threshold, Object... extras) {

		return new Reason(
			code, group, result.year(), result.assessment(), result.grade(), result.subject(), value,
			comparison, threshold, Arrays.asList(extras));
	}

	public static Reason ofSchool(
		ReasonCode code, Group group, int year, Double value, Comparison comparison, Double threshold,
		Object... extras) {

		return new Reason(
			code, group, year, null, null, null, value, comparison, threshold, Arrays.asList(extras));
	}

	public Reason(
		ReasonCode code, Group group, int year, AssessmentType assessment, Integer grade, String subject,
		Double value, Comparison comparison, Double threshold, List<Object> extras) {

		_code = Objects.requireNonNull(code, "code");
		_group = group;
		_year = year;
		_assessment = assessment;
		_grade = grade;
		_subject = subject;
		_value = value;
		_comparison = comparison;
		_threshold = threshold;
		_extras = Collections.unmodifiableList(new ArrayList<>(extras));
	}

	public ReasonCode code() {
		return _code;
	}

	/** The group this reason supports, null for a note. */
	public Group group() {
		return _group;
	}

	public boolean isNote() {
		return _group == null;
	}

	public int year() {
		return _year;
	}

	/** The assessment of the result concerned, null for a school-level reason. */
	public AssessmentType assessment() {
		return _assessment;
	}

	public Integer grade() {
		return _grade;
	}

	public String subject() {
		return _subject;
	}

	/** The school's figure the rule looked at, null when the rule has none. */
	public Double value() {
		return _value;
	}

	public Comparison comparison() {
		return _comparison;
	}

	public Double threshold() {
		return _threshold;
	}

	/** Further figures of the rule, e.g. the municipal mean, or the previous value. */
	public List<Object> extras() {
		return _extras;
	}

	public String messageKey() {
		return _code.messageKey();
	}

	/** Positional message arguments, see the class comment. */
	public List<Object> arguments() {
		List<Object> arguments = new ArrayList<>();

		arguments.add((_assessment == null) ? "" : _assessment.code());
		arguments.add((_grade == null) ? "" : _grade);
		arguments.add((_subject == null) ? "" : _subject);
		arguments.add((_value == null) ? "" : _value);
		arguments.add((_comparison == null) ? "" : _comparison.symbol());
		arguments.add((_threshold == null) ? "" : _threshold);
		arguments.addAll(_extras);

		return Collections.unmodifiableList(arguments);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof Reason)) {
			return false;
		}

		Reason other = (Reason)object;

		return (_code == other._code) && (_group == other._group) && (_year == other._year) &&
			(_assessment == other._assessment) && Objects.equals(_grade, other._grade) &&
			Objects.equals(_subject, other._subject) && Objects.equals(_value, other._value) &&
			(_comparison == other._comparison) && Objects.equals(_threshold, other._threshold) &&
			_extras.equals(other._extras);
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_code, _group, _year, _assessment, _grade, _subject, _value, _comparison, _threshold, _extras);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();

		sb.append(_code.code());
		sb.append('(');
		sb.append(_year);

		if (_assessment != null) {
			sb.append(' ');
			sb.append(_assessment.code());
			sb.append(' ');
			sb.append(_grade);
			sb.append(' ');
			sb.append(_subject);
		}

		if (_value != null) {
			sb.append(": ");
			sb.append(_value);
		}

		if (_comparison != null) {
			sb.append(' ');
			sb.append(_comparison.symbol());
			sb.append(' ');
			sb.append(_threshold);
		}

		if (!_extras.isEmpty()) {
			sb.append(' ');
			sb.append(_extras);
		}

		sb.append(')');

		return sb.toString();
	}

	private final AssessmentType _assessment;
	private final ReasonCode _code;
	private final Comparison _comparison;
	private final List<Object> _extras;
	private final Integer _grade;
	private final Group _group;
	private final String _subject;
	private final Double _threshold;
	private final Double _value;
	private final int _year;

}
