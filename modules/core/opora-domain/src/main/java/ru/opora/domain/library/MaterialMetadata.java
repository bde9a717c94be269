package ru.opora.domain.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import ru.opora.domain.validation.Violations;

/**
 * What a teacher says about a material when uploading it: title and
 * description, subject (association code), grades, material type, related
 * risk factors and competences, the author's school. {@link #validate} names
 * every wrong field; the tags and the normalised values come from here too.
 */
public final class MaterialMetadata {

	public static final String FIELD_AUTHOR_SCHOOL = "authorSchool";

	public static final String FIELD_COMPETENCES = "competences";

	public static final String FIELD_DESCRIPTION = "description";

	public static final String FIELD_FILE = "file";

	public static final String FIELD_GRADES = "grades";

	public static final String FIELD_RISK_FACTORS = "riskFactors";

	public static final String FIELD_SUBJECT = "subject";

	public static final String FIELD_TITLE = "title";

	public static final String FIELD_TYPE = "type";

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_TEXT = 255;

	public MaterialMetadata(
		String title, String description, String subjectCode, String gradesText,
		String typeCode, Collection<String> riskFactorCodes,
		Collection<String> competenceCodes, String authorSchool) {

		_title = _trim(title);
		_description = _trim(description);
		_subjectCode = _trim(subjectCode);
		_gradesText = _trim(gradesText);
		_typeCode = _trim(typeCode);
		_riskFactorCodes = _clean(riskFactorCodes);
		_competenceCodes = _clean(competenceCodes);
		_authorSchool = _trim(authorSchool);
	}

	/** Checks the metadata against the configured subject codes. */
	public Violations validate(Collection<String> subjectCodes) {
		Violations violations = new Violations();

		violations.requireText(_title, MAX_TEXT, FIELD_TITLE);
		violations.requireLength(_description, MAX_DESCRIPTION, FIELD_DESCRIPTION);

		if (_subjectCode.isEmpty()) {
			violations.add(FIELD_SUBJECT, "required");
		}
		else if (!subjectCodes.contains(_subjectCode)) {
			violations.add(FIELD_SUBJECT, "library-unknown-subject", _subjectCode);
		}

		if (_gradesText.isEmpty()) {
			violations.add(FIELD_GRADES, "required");
		}
		else if (Grades.parse(_gradesText) == null) {
			violations.add(FIELD_GRADES, "library-invalid-grades", _gradesText, Grades.MIN, Grades.MAX);
		}

		if (_typeCode.isEmpty()) {
			violations.add(FIELD_TYPE, "required");
		}
		else if (MaterialType.fromCode(_typeCode) == null) {
			violations.add(FIELD_TYPE, "library-unknown-material-type", _typeCode);
		}

		for (String code : _riskFactorCodes) {
			if (!LibraryTags.isRiskFactorCode(code)) {
				violations.add(FIELD_RISK_FACTORS, "library-invalid-risk-factor", code);
			}
		}

		for (String code : _competenceCodes) {
			if (LibraryTags.competenceTag(code) == null) {
				violations.add(FIELD_COMPETENCES, "library-invalid-competence", code);
			}
		}

		violations.requireText(_authorSchool, MAX_TEXT, FIELD_AUTHOR_SCHOOL);

		return violations;
	}

	/** Checks the uploaded file: present, not empty, at most {@code maxBytes}. */
	public static Violations validateFile(String fileName, long size, long maxBytes) {
		Violations violations = new Violations();

		if ((fileName == null) || fileName.isBlank() || (size <= 0)) {
			violations.add(FIELD_FILE, "required");
		}
		else if (size > maxBytes) {
			violations.add(FIELD_FILE, "library-file-too-large", maxBytes / (1024 * 1024));
		}

		return violations;
	}

	/** The asset tags of a valid material: its risk factors and competences. */
	public List<String> tags() {
		Set<String> tags = new LinkedHashSet<>();

		for (String code : _riskFactorCodes) {
			String tag = LibraryTags.riskFactorTag(code);

			if (tag != null) {
				tags.add(tag);
			}
		}

		for (String code : _competenceCodes) {
			String tag = LibraryTags.competenceTag(code);

			if (tag != null) {
				tags.add(tag);
			}
		}

		return new ArrayList<>(tags);
	}

	public String getAuthorSchool() {
		return _authorSchool;
	}

	public List<String> getCompetenceCodes() {
		return _competenceCodes;
	}

	public String getDescription() {
		return _description;
	}

	/** The grades of valid metadata (empty if they do not parse). */
	public SortedSet<Integer> getGrades() {
		SortedSet<Integer> grades = Grades.parse(_gradesText);

		if (grades == null) {
			return Collections.emptySortedSet();
		}

		return grades;
	}

	public String getGradesText() {
		return _gradesText;
	}

	/** The risk factor codes in upper case. */
	public List<String> getRiskFactorCodes() {
		List<String> codes = new ArrayList<>();

		for (String code : _riskFactorCodes) {
			codes.add(code.toUpperCase(java.util.Locale.ROOT));
		}

		return codes;
	}

	public String getSubjectCode() {
		return _subjectCode;
	}

	public String getTitle() {
		return _title;
	}

	public MaterialType getType() {
		return MaterialType.fromCode(_typeCode);
	}

	public String getTypeCode() {
		return _typeCode;
	}

	private static List<String> _clean(Collection<String> values) {
		Set<String> cleaned = new LinkedHashSet<>();

		if (values != null) {
			for (String value : values) {
				if (value == null) {
					continue;
				}

				for (String part : value.split("[,;\\s]+")) {
					if (!part.isEmpty()) {
						cleaned.add(part);
					}
				}
			}
		}

		return Collections.unmodifiableList(new ArrayList<>(cleaned));
	}

	private static String _trim(String value) {
		if (value == null) {
			return "";
		}

		return value.trim();
	}

	private final String _authorSchool;
	private final List<String> _competenceCodes;
	private final String _description;
	private final String _gradesText;
	private final List<String> _riskFactorCodes;
	private final String _subjectCode;
	private final String _title;
	private final String _typeCode;

}
