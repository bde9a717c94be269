package ru.opora.library.model;

import java.io.Serializable;

/**
 * What a user searches the library for: words (title, description, author)
 * and metadata filters; an empty value does not filter.
 *
 * @author Opora
 */
public final class MaterialQuery implements Serializable {

	public MaterialQuery(
		String keywords, String subjectCode, int grade, String materialTypeCode,
		String riskFactorCode, String competenceCode) {

		_keywords = _trim(keywords);
		_subjectCode = _trim(subjectCode);
		_grade = grade;
		_materialTypeCode = _trim(materialTypeCode);
		_riskFactorCode = _trim(riskFactorCode);
		_competenceCode = _trim(competenceCode);
	}

	public String getCompetenceCode() {
		return _competenceCode;
	}

	/** 1-11, or 0 for any grade. */
	public int getGrade() {
		return _grade;
	}

	public String getKeywords() {
		return _keywords;
	}

	public String getMaterialTypeCode() {
		return _materialTypeCode;
	}

	public String getRiskFactorCode() {
		return _riskFactorCode;
	}

	public String getSubjectCode() {
		return _subjectCode;
	}

	private static String _trim(String value) {
		if (value == null) {
			return "";
		}

		return value.trim();
	}

	private static final long serialVersionUID = 1L;

	private final String _competenceCode;
	private final int _grade;
	private final String _keywords;
	private final String _materialTypeCode;
	private final String _riskFactorCode;
	private final String _subjectCode;

}
