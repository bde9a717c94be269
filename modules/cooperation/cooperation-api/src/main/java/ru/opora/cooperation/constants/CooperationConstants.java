package ru.opora.cooperation.constants;

/**
 * @author Opora
 */
public final class CooperationConstants {

	/** Name of the Document Library folder holding one folder per agreement. */
	public static final String AGREEMENTS_FOLDER_NAME = "Cooperation agreements";

	/** Portlet resource guarding municipality-wide actions (default.xml). */
	public static final String RESOURCE_NAME = "ru.opora.cooperation";

	/** File name of the region's agreement template in its Document Library root. */
	public static final String TEMPLATE_FILE_NAME = "opora-agreement-template.docx";

	private CooperationConstants() {
	}

}
