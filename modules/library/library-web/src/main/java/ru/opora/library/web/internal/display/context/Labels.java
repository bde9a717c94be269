package ru.opora.library.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ru.opora.domain.library.Grades;
import ru.opora.domain.library.LibraryTags;
import ru.opora.domain.library.MaterialType;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.model.Material;

/**
 * Texts of the library's codes (subjects, material types, grades, risk
 * factors) and the options of its selects.
 *
 * @author Opora
 */
public class Labels {

	public Labels(Translator translator, List<SubjectAssociation> associations) {
		_translator = translator;
		_associations = associations;
	}

	public String grades(Material material) {
		return Grades.format(material.getGrades());
	}

	public List<SelectOption> gradeOptions(int selected) {
		List<SelectOption> options = new ArrayList<>();

		for (int grade : Grades.all()) {
			options.add(
				new SelectOption(
					String.valueOf(grade),
					_translator.format("opora-library-grade-x", grade),
					grade == selected));
		}

		return options;
	}

	public String materialType(String code) {
		if (MaterialType.fromCode(code) == null) {
			return code;
		}

		return _translator.format("opora-library-type-" + code);
	}

	public List<SelectOption> materialTypeOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (MaterialType type : MaterialType.values()) {
			options.add(
				new SelectOption(
					type.code(), materialType(type.code()),
					type.code().equals(selected)));
		}

		return options;
	}

	/** {@code RF03 — Недостаточная …}. */
	public String riskFactor(String code) {
		if (!LibraryTags.isRiskFactorCode(code)) {
			return code;
		}

		String upper = code.toUpperCase(Locale.ROOT);

		return upper + " — " +
			_translator.format("opora-library-rf-" + upper.toLowerCase(Locale.ROOT));
	}

	/** {@code RF03, RF06}. */
	public String riskFactorCodes(Material material) {
		return String.join(", ", material.getRiskFactorCodes());
	}

	public List<SelectOption> riskFactorOptions(List<String> selected) {
		List<SelectOption> options = new ArrayList<>();

		for (String code : LibraryTags.riskFactorCodes()) {
			options.add(
				new SelectOption(code, riskFactor(code), selected.contains(code)));
		}

		return options;
	}

	public String subject(String code) {
		for (SubjectAssociation association : _associations) {
			if (association.code().equals(code)) {
				return association.name(_translator.getLocale());
			}
		}

		return code;
	}

	public List<SelectOption> subjectOptions(String selected) {
		List<SelectOption> options = new ArrayList<>();

		for (SubjectAssociation association : _associations) {
			options.add(
				new SelectOption(
					association.code(),
					association.name(_translator.getLocale()),
					association.code().equals(selected)));
		}

		return options;
	}

	private final List<SubjectAssociation> _associations;
	private final Translator _translator;

}
