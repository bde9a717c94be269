package ru.opora.library.web.internal.display.context;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The upload form: the choices, the values of a rejected attempt and its
 * errors, each naming its field.
 *
 * @author Opora
 */
public class UploadDisplayContext {

	public UploadDisplayContext(
		Labels labels, Map<String, String> values, List<FieldError> fieldErrors,
		long maxFileSizeMB) {

		_labels = labels;
		_values = (values == null) ? Collections.emptyMap() : values;
		_fieldErrors = fieldErrors;
		_maxFileSizeMB = maxFileSizeMB;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public List<SelectOption> getMaterialTypeOptions() {
		return _labels.materialTypeOptions(getValue("type"));
	}

	public long getMaxFileSizeMB() {
		return _maxFileSizeMB;
	}

	public List<SelectOption> getRiskFactorOptions() {
		return _labels.riskFactorOptions(
			Arrays.asList(getValue("riskFactors").split(",")));
	}

	public List<SelectOption> getSubjectOptions() {
		return _labels.subjectOptions(getValue("subject"));
	}

	public String getValue(String field) {
		String value = _values.get(field);

		if (value == null) {
			return "";
		}

		return value;
	}

	/** "has-error" for a field with a violation, for the input's wrapper. */
	public String getWrapperCssClass(String field) {
		for (FieldError fieldError : _fieldErrors) {
			if (fieldError.getField().equals(field)) {
				return "has-error";
			}
		}

		return "";
	}

	private final List<FieldError> _fieldErrors;
	private final Labels _labels;
	private final long _maxFileSizeMB;
	private final Map<String, String> _values;

}
