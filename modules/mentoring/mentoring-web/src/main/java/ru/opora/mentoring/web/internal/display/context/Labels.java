package ru.opora.mentoring.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;

import ru.opora.domain.identification.Group;
import ru.opora.domain.mentoring.CostComponent;
import ru.opora.domain.mentoring.assignment.AssignmentKind;
import ru.opora.domain.mentoring.assignment.AssignmentStatus;
import ru.opora.domain.mentoring.assignment.SupportEventStatus;
import ru.opora.domain.mentoring.assignment.SupportEventType;

/**
 * Localised labels of the mentoring codes (kinds, statuses, event types and
 * statuses, groups) and of the cost components of a suggestion.
 *
 * @author Opora
 */
public class Labels {

	public Labels(Translator translator, MessageArguments messageArguments) {
		_translator = translator;
		_messageArguments = messageArguments;
	}

	/** One line of "why this mentor", with its arguments localised. */
	public String costComponent(CostComponent costComponent) {
		return _translator.format(
			costComponent.getMessageKey(),
			_messageArguments.localize(costComponent.getArguments()));
	}

	public String eventStatus(SupportEventStatus supportEventStatus) {
		return (supportEventStatus == null) ? Figures.UNKNOWN :
			_translator.get(
				"opora-mentoring-event-status-" + supportEventStatus.code());
	}

	public String eventType(SupportEventType supportEventType) {
		return (supportEventType == null) ? Figures.UNKNOWN :
			_translator.get(
				"opora-mentoring-event-type-" + supportEventType.code());
	}

	public List<SelectOption> eventTypeOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (SupportEventType supportEventType : SupportEventType.values()) {
			options.add(
				new SelectOption(
					supportEventType.code(), eventType(supportEventType),
					supportEventType.code().equals(selected)));
		}

		return options;
	}

	public String group(Group group) {
		return _translator.get(group.labelKey());
	}

	public String kind(AssignmentKind assignmentKind) {
		return (assignmentKind == null) ? Figures.UNKNOWN :
			_translator.get("opora-mentoring-kind-" + assignmentKind.code());
	}

	public List<SelectOption> kindOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (AssignmentKind assignmentKind : AssignmentKind.values()) {
			options.add(
				new SelectOption(
					assignmentKind.code(), kind(assignmentKind),
					assignmentKind.code().equals(selected)));
		}

		return options;
	}

	public String status(AssignmentStatus assignmentStatus) {
		return (assignmentStatus == null) ? Figures.UNKNOWN :
			_translator.get(
				"opora-mentoring-status-" + assignmentStatus.code());
	}

	/** The status of a history line: "" (the creation) shows as a dash. */
	public String status(String code) {
		return status(AssignmentStatus.parse(code).orElse(null));
	}

	public List<SelectOption> statusOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (AssignmentStatus assignmentStatus : AssignmentStatus.values()) {
			options.add(
				new SelectOption(
					assignmentStatus.code(), status(assignmentStatus),
					assignmentStatus.code().equals(selected)));
		}

		return options;
	}

	private final MessageArguments _messageArguments;
	private final Translator _translator;

}
