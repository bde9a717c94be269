package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.WellBeingShare;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;

/**
 * The arguments of a domain message (a reason or a violation) as they are
 * shown: numbers with at most one decimal, and the codes of groups,
 * assessments and well-being shares replaced by their labels, also inside
 * comma-separated lists of codes.
 *
 * @author Opora
 */
public class MessageArguments {

	public MessageArguments(Figures figures, Translator translator) {
		_figures = figures;
		_translator = translator;

		for (Group group : Group.values()) {
			_labelKeys.put(group.code(), group.labelKey());
		}

		for (AssessmentType assessmentType : AssessmentType.values()) {
			_labelKeys.put(
				assessmentType.code(), "opora-assessment-" + assessmentType.code());
		}

		for (SchoolLevel schoolLevel : SchoolLevel.values()) {
			_labelKeys.put(schoolLevel.code(), "opora-level-" + schoolLevel.code());
		}

		for (WellBeingShare wellBeingShare : WellBeingShare.values()) {
			_labelKeys.put(
				wellBeingShare.code(), "opora-share-" + wellBeingShare.code());
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
			return _figures.format((Number)argument);
		}

		if (argument instanceof Number) {
			return String.valueOf(argument);
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

			parts.add((labelKey == null) ? part : _translator.get(labelKey));
		}

		return String.join(", ", parts);
	}

	private final Figures _figures;
	private final Map<String, String> _labelKeys = new HashMap<>();
	private final Translator _translator;

}
