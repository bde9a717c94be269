package ru.opora.portal.constants;

/**
 * The names of the roles Opora creates in every portal instance (the English
 * names are the Liferay role names; the titles are localised). Web modules use
 * them only for display: access is always decided by permissions.
 *
 * @author Opora
 */
public final class OporaRoleNames {

	/** Site role of a curator: a director of a strong school who supports weak ones. */
	public static final String CURATOR = "Curator";

	/** Site role of a methodologist (district subject association). */
	public static final String METHODOLOGIST = "Methodologist";

	/** Site role of the municipal coordinator of the programme. */
	public static final String MUNICIPAL_COORDINATOR = "Municipal Coordinator";

	/** Regular role of the regional coordinator: sees the whole region. */
	public static final String REGIONAL_COORDINATOR = "Regional Coordinator";

	/** Site role of a school's management team (director, deputies). */
	public static final String SCHOOL_TEAM = "School Team";

	/** Site role of a teacher (diagnostics, individual route). */
	public static final String TEACHER = "Teacher";

	private OporaRoleNames() {
	}

}
