package ru.opora.library.constants;

/**
 * Actions of the library resource {@link LibraryConstants#RESOURCE_NAME},
 * checked in the site where the portlet is (the municipality).
 *
 * @author Opora
 */
public final class LibraryActionKeys {

	/** Upload a material (Teacher, Methodologist). */
	public static final String ADD_MATERIAL = "ADD_MATERIAL";

	/** See the queue of materials waiting for approval (Methodologist). */
	public static final String REVIEW_MATERIALS = "REVIEW_MATERIALS";

	/** Search and read the region's approved materials (everyone). */
	public static final String VIEW = "VIEW";

	private LibraryActionKeys() {
	}

}
