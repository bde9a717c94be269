package ru.opora.domain.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.WellBeingShare;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;

/**
 * The arguments of a domain message (a reason or a violation) as they are
 * shown: decimals through the caller's number format, and the codes of groups,
 * assessments, school levels and well-being shares replaced by their labels
 * (keys {@code opora-group-*}, {@code opora-assessment-*},
 * {@code opora-level-*}, {@code opora-share-*}), also inside comma-separated
 * lists of codes.
 */
public class MessageArguments {

	public MessageArguments(Function<Number, String> decimalFormat, Function<String, String> translator) {
		_decimalFormat = decimalFormat;
		_translator = translator;

		for (Group group : Group.values()) {
			_labelKeys.put(group.code(), group.labelKey());
		}

		for (AssessmentType assessmentType : AssessmentType.values()) {
			_labelKeys.put(assessmentType.code(), "opora-assessment-" + assessmentType.code());
		}

		for (SchoolLevel schoolLevel : SchoolLevel.values()) {
			_labelKeys.put(schoolLevel.code(), "opora-level-" + schoolLevel.code());
		}

		for (WellBeingShare wellBeingShare : WellBeingShare.values()) {
			_labelKeys.put(wellBeingShare.code(), "opora-share-" + wellBeingShare.code());
		}
	}

	public Object[] localize(List<Object> arguments) {
		List<Object> localized = new ArrayList<>();

		for (Object argument : arguments) {
			localized.add(_localize(argument));
		}

		return localized.toArray();
	}

	private Object _localize(Object argument) {
		if ((argument instanceof Double) || (argument instanceof Float)) {
			return _decimalFormat.apply((Number)argument);
		}

		if (argument instanceof Group) {
			return _translator.apply(((Group)argument).labelKey());
		}

		if (!(argument instanceof String)) {
			return String.valueOf(argument);
		}

		String text = (String)argument;

		if (text.isEmpty()) {
			return text;
		}

		List<String> parts = new ArrayList<>();

		for (String part : text.split(",\\s*")) {
			String labelKey = _labelKeys.get(part);

			parts.add((labelKey == null) ? part : _translator.apply(labelKey));
		}

		return String.join(", ", parts);
	}

	private final Function<Number, String> _decimalFormat;
	private final Map<String, String> _labelKeys = new HashMap<>();
	private final Function<String, String> _translator;

}
