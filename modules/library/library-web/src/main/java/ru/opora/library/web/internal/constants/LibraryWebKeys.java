package ru.opora.library.web.internal.constants;

/**
 * Request attributes and MVC command names of the Library portlet.
 *
 * @author Opora
 */
public final class LibraryWebKeys {

	public static final String DISPLAY_CONTEXT = "OPORA_LIBRARY_DISPLAY_CONTEXT";

	/** The rejected upload form's values, kept for the form shown again. */
	public static final String FORM_VALUES = "OPORA_LIBRARY_FORM_VALUES";

	public static final String MVC_MATERIAL = "/library/material";

	public static final String MVC_PENDING = "/library/pending";

	public static final String MVC_UPLOAD = "/library/upload";

	public static final String MVC_VIEW = "/library/view";

	public static final String SUCCESS_UPLOADED = "opora-library-material-uploaded";

	private LibraryWebKeys() {
	}

}
