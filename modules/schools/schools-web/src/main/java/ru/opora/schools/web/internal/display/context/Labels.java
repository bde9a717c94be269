package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ru.opora.domain.identification.Group;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

/**
 * Localised labels of the domain's coded values, and select options of them.
 *
 * @author Opora
 */
public class Labels {

	public Labels(Translator translator) {
		_translator = translator;
	}

	public String assessment(AssessmentType assessmentType) {
		return (assessmentType == null) ? Figures.UNKNOWN :
			_translator.get("opora-assessment-" + assessmentType.code());
	}

	public List<SelectOption> assessmentOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (AssessmentType assessmentType : AssessmentType.values()) {
			options.add(
				new SelectOption(
					assessmentType.code(), assessment(assessmentType),
					assessmentType.code().equals(selected)));
		}

		return options;
	}

	public List<GroupBadge> groupBadges(Collection<Group> groups) {
		List<GroupBadge> groupBadges = new ArrayList<>();

		for (Group group : groups) {
			groupBadges.add(new GroupBadge(group, _translator.get(group.labelKey())));
		}

		return groupBadges;
	}

	public List<SelectOption> groupOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (Group group : Group.values()) {
			options.add(
				new SelectOption(
					group.code(), _translator.get(group.labelKey()),
					group.code().equals(selected)));
		}

		return options;
	}

	public String level(SchoolLevel schoolLevel) {
		return (schoolLevel == null) ? Figures.UNKNOWN :
			_translator.get("opora-level-" + schoolLevel.code());
	}

	public List<SelectOption> levelOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (SchoolLevel schoolLevel : SchoolLevel.values()) {
			options.add(
				new SelectOption(
					schoolLevel.code(), level(schoolLevel),
					schoolLevel.code().equals(selected)));
		}

		return options;
	}

	public String settlementType(SettlementType settlementType) {
		return (settlementType == null) ? Figures.UNKNOWN :
			_translator.get("opora-settlement-" + settlementType.code());
	}

	public List<SelectOption> settlementTypeOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (SettlementType settlementType : SettlementType.values()) {
			options.add(
				new SelectOption(
					settlementType.code(), settlementType(settlementType),
					settlementType.code().equals(selected)));
		}

		return options;
	}

	public String status(SchoolStatus schoolStatus) {
		return (schoolStatus == null) ? Figures.UNKNOWN :
			_translator.get("opora-status-" + schoolStatus.code());
	}

	public List<SelectOption> statusOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (SchoolStatus schoolStatus : SchoolStatus.values()) {
			options.add(
				new SelectOption(
					schoolStatus.code(), status(schoolStatus),
					schoolStatus.code().equals(selected)));
		}

		return options;
	}

	private final Translator _translator;

}
