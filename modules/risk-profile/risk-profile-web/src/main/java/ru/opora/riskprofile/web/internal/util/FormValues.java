package ru.opora.riskprofile.web.internal.util;

import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletRequest;

import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.validation.Violations;
import ru.opora.riskprofile.exception.RiskProfileValidationException;

/**
 * Reads typed values of a form; a value that is not a date or a number is a
 * violation naming its field, reported with the others.
 */
public class FormValues {

	public FormValues(PortletRequest portletRequest) {
		_portletRequest = portletRequest;
	}

	/** Answers of a questionnaire: parameters {@code answer_<question code>}, blank ones skipped. */
	public Map<String, Double> answers() {
		Map<String, Double> answers = new LinkedHashMap<>();

		for (String name : _portletRequest.getParameterMap().keySet()) {
			if (name.startsWith(ANSWER_PREFIX)) {
				String code = name.substring(ANSWER_PREFIX.length());
				Double value = number(name, "answer." + code);

				if (value != null) {
					answers.put(code, value);
				}
			}
		}

		return answers;
	}

	/** A yyyy-MM-dd date, null when blank. */
	public LocalDate date(String name, String field) {
		return _date(ParamUtil.getString(_portletRequest, name), field);
	}

	/**
	 * The measures of the programme form (parallel arrays, one row per
	 * measure); rows left wholly blank are skipped.
	 */
	public List<MeasureData> measures() {
		String[] titles = _values("measureTitle");
		String[] tasks = _values("measureTask");
		String[] deadlines = _values("measureDeadline");
		String[] responsibles = _values("measureResponsible");
		String[] indicators = _values("measureIndicator");
		String[] baselines = _values("measureBaseline");
		String[] targets = _values("measureTarget");
		String[] results = _values("measureResult");

		List<MeasureData> measures = new ArrayList<>();

		for (int i = 0; i < titles.length; i++) {
			if (Validator.isNull(_at(titles, i)) && Validator.isNull(_at(deadlines, i)) &&
				Validator.isNull(_at(responsibles, i)) && Validator.isNull(_at(indicators, i)) &&
				Validator.isNull(_at(targets, i)) && Validator.isNull(_at(results, i))) {

				continue;
			}

			String prefix = "measure." + (measures.size() + 1);

			measures.add(
				new MeasureData(
					_at(titles, i), _index(_at(tasks, i)), _date(_at(deadlines, i), prefix + ".deadline"),
					_at(responsibles, i), _at(indicators, i), _number(_at(baselines, i), prefix + ".baseline"),
					_number(_at(targets, i), prefix + ".target"), _at(results, i)));
		}

		return measures;
	}

	/** A number (comma or point as decimal separator), null when blank. */
	public Double number(String name, String field) {
		return _number(ParamUtil.getString(_portletRequest, name), field);
	}

	/** Non-blank lines of a text area. */
	public List<String> lines(String name) {
		List<String> lines = new ArrayList<>();

		for (String line : ParamUtil.getString(_portletRequest, name).split("\\r?\\n")) {
			if (!line.isBlank()) {
				lines.add(line.trim());
			}
		}

		return lines;
	}

	/** Throws the violations collected while reading, if any. */
	public void throwIfAny() throws RiskProfileValidationException {
		if (!_violations.isEmpty()) {
			throw new RiskProfileValidationException(_violations.list());
		}
	}

	public static final String ANSWER_PREFIX = "answer_";

	private static String _at(String[] values, int i) {
		return (i < values.length) ? values[i].trim() : "";
	}

	private static int _index(String text) {
		try {
			return Integer.parseInt(text.trim()) - 1;
		}
		catch (NumberFormatException numberFormatException) {
			return -1;
		}
	}

	private LocalDate _date(String text, String field) {
		if (Validator.isNull(text)) {
			return null;
		}

		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException dateTimeParseException) {
			_violations.add(field, "not-a-date");

			return null;
		}
	}

	private Double _number(String text, String field) {
		if (Validator.isNull(text)) {
			return null;
		}

		try {
			return Double.valueOf(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException numberFormatException) {
			_violations.add(field, "not-a-number");

			return null;
		}
	}

	private String[] _values(String name) {
		String[] values = _portletRequest.getParameterValues(name);

		return (values == null) ? new String[0] : values;
	}

	private final PortletRequest _portletRequest;
	private final Violations _violations = new Violations();

}
