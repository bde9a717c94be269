package ru.opora.library.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A methodological material as the library shows it: a Documents and Media
 * file entry of the type «Методический материал», its metadata (from its
 * categories and tags), the municipality folder it is in and its workflow
 * status.
 *
 * @author Opora
 */
public final class Material implements Serializable {

	public static Builder builder() {
		return new Builder();
	}

	public String getAuthorSchool() {
		return _authorSchool;
	}

	public String getAuthorName() {
		return _authorName;
	}

	public List<String> getCompetenceCodes() {
		return _competenceCodes;
	}

	public Date getCreateDate() {
		return _createDate;
	}

	public String getDescription() {
		return _description;
	}

	public String getFileName() {
		return _fileName;
	}

	public long getFileEntryId() {
		return _fileEntryId;
	}

	public List<Integer> getGrades() {
		return _grades;
	}

	public long getGroupId() {
		return _groupId;
	}

	public String getMaterialTypeCode() {
		return _materialTypeCode;
	}

	/** The municipality folder's name (empty if outside the municipality folders). */
	public String getMunicipalityName() {
		return _municipalityName;
	}

	public List<String> getRiskFactorCodes() {
		return _riskFactorCodes;
	}

	public long getSize() {
		return _size;
	}

	/** Workflow status ({@code WorkflowConstants.STATUS_*}). */
	public int getStatus() {
		return _status;
	}

	public String getSubjectCode() {
		return _subjectCode;
	}

	public String getTitle() {
		return _title;
	}

	public static final class Builder {

		public Material build() {
			return _material;
		}

		public Builder authorName(String authorName) {
			_material._authorName = authorName;

			return this;
		}

		public Builder authorSchool(String authorSchool) {
			_material._authorSchool = authorSchool;

			return this;
		}

		public Builder competenceCodes(List<String> competenceCodes) {
			_material._competenceCodes = List.copyOf(competenceCodes);

			return this;
		}

		public Builder createDate(Date createDate) {
			_material._createDate = createDate;

			return this;
		}

		public Builder description(String description) {
			_material._description = description;

			return this;
		}

		public Builder fileEntryId(long fileEntryId) {
			_material._fileEntryId = fileEntryId;

			return this;
		}

		public Builder fileName(String fileName) {
			_material._fileName = fileName;

			return this;
		}

		public Builder grades(List<Integer> grades) {
			_material._grades = List.copyOf(grades);

			return this;
		}

		public Builder groupId(long groupId) {
			_material._groupId = groupId;

			return this;
		}

		public Builder materialTypeCode(String materialTypeCode) {
			_material._materialTypeCode = materialTypeCode;

			return this;
		}

		public Builder municipalityName(String municipalityName) {
			_material._municipalityName = municipalityName;

			return this;
		}

		public Builder riskFactorCodes(List<String> riskFactorCodes) {
			_material._riskFactorCodes = List.copyOf(riskFactorCodes);

			return this;
		}

		public Builder size(long size) {
			_material._size = size;

			return this;
		}

		public Builder status(int status) {
			_material._status = status;

			return this;
		}

		public Builder subjectCode(String subjectCode) {
			_material._subjectCode = subjectCode;

			return this;
		}

		public Builder title(String title) {
			_material._title = title;

			return this;
		}

		private final Material _material = new Material();

	}

	private Material() {
	}

	private static final long serialVersionUID = 1L;

	private String _authorName = "";
	private String _authorSchool = "";
	private List<String> _competenceCodes = Collections.emptyList();
	private Date _createDate;
	private String _description = "";
	private long _fileEntryId;
	private String _fileName = "";
	private List<Integer> _grades = Collections.emptyList();
	private long _groupId;
	private String _materialTypeCode = "";
	private String _municipalityName = "";
	private List<String> _riskFactorCodes = Collections.emptyList();
	private long _size;
	private int _status;
	private String _subjectCode = "";
	private String _title = "";

}
