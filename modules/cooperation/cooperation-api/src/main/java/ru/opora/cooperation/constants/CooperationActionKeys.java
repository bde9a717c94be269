package ru.opora.cooperation.constants;

/**
 * Action keys of the cooperation resources (default.xml).
 *
 * @author Opora
 */
public final class CooperationActionKeys {

	/** Portlet resource: create agreement drafts (directors of parties, coordinators). */
	public static final String ADD_AGREEMENT = "ADD_AGREEMENT";

	/** Portlet resource: approve agreements of the municipality as its coordinator. */
	public static final String APPROVE_AS_COORDINATOR = "APPROVE_AS_COORDINATOR";

	/** Portlet resource: replace the agreement template of the region. */
	public static final String MANAGE_TEMPLATE = "MANAGE_TEMPLATE";

	/** Portlet resource: see every agreement of the site in full (coordinators). */
	public static final String VIEW_ALL_AGREEMENTS = "VIEW_ALL_AGREEMENTS";

	private CooperationActionKeys() {
	}

}
