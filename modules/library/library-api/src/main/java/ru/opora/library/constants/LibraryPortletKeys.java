package ru.opora.library.constants;

/**
 * @author Opora
 */
public final class LibraryPortletKeys {

	public static final String LIBRARY = "ru_opora_library_web_LibraryPortlet";

	private LibraryPortletKeys() {
	}

}
