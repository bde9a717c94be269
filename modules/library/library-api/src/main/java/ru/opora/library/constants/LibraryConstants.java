package ru.opora.library.constants;

/**
 * Names and keys of the shared methodological library: its resource, the
 * Documents and Media file entry type and its metadata fields, the folders'
 * and vocabularies' external reference codes, the review workflow.
 *
 * @author Opora
 */
public final class LibraryConstants {

	/** Key of the DDM structure and of the file entry type «Методический материал» (global site). */
	public static final String FILE_ENTRY_TYPE_KEY = "OPORA-METHODOLOGICAL-MATERIAL";

	public static final String FIELD_AUTHOR_SCHOOL = "oporaAuthorSchool";

	public static final String FIELD_COMPETENCES = "oporaCompetences";

	public static final String FIELD_GRADES = "oporaGrades";

	public static final String FIELD_MATERIAL_TYPE = "oporaMaterialType";

	public static final String FIELD_RISK_FACTORS = "oporaRiskFactors";

	public static final String FIELD_SUBJECT = "oporaSubject";

	/** External reference code of the library's root folder in the region site. */
	public static final String ROOT_FOLDER_ERC = "opora-library";

	public static final String ROOT_FOLDER_NAME = "Методическая библиотека";

	/** The permission resource of the library (default.xml of library-service). */
	public static final String RESOURCE_NAME = "ru.opora.library";

	public static final String VOCABULARY_GRADE = "opora-library-grade";

	public static final String VOCABULARY_MATERIAL_TYPE = "opora-library-material-type";

	public static final String VOCABULARY_SUBJECT = "opora-library-subject";

	/** Name of the Kaleo workflow definition that sends materials to the Methodologists. */
	public static final String WORKFLOW_DEFINITION_NAME = "opora-library-review";

	/** External reference code of a category: its vocabulary's code, a dash, the value's code. */
	public static String categoryERC(String vocabularyERC, String code) {
		return vocabularyERC + "-" + code;
	}

	/** External reference code of a municipality's folder. */
	public static String municipalityFolderERC(long municipalityGroupId) {
		return ROOT_FOLDER_ERC + "-" + municipalityGroupId;
	}

	/** External reference code of a subject association's folder in a municipality. */
	public static String subjectFolderERC(long municipalityGroupId, String subjectCode) {
		return municipalityFolderERC(municipalityGroupId) + "-" + subjectCode;
	}

	private LibraryConstants() {
	}

}
