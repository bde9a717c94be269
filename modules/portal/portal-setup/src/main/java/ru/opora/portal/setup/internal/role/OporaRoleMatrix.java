package ru.opora.portal.setup.internal.role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ru.opora.portal.constants.OporaRoleNames;

/**
 * The one place that says which Opora role may do what: role (name, type,
 * Russian and English title and description) × resource × action. Plain Java,
 * no Liferay imports (the role names are {@link OporaRoleNames});
 * {@link OporaRolesInstaller} applies it to a portal instance.
 *
 * <p>
 * A regular role is granted its actions in the whole portal instance (company
 * scope); a site role in every site where a user has it (group-template
 * scope). Actions on "own" objects need no grant here: the permission logic
 * of the services (e.g. a curator on the assignments naming them) decides.
 * Nothing grants {@code PERMISSIONS}: that stays with site administrators.
 * </p>
 *
 * @author Opora
 */
public final class OporaRoleMatrix {

	public static final String LIBRARY = "ru.opora.library";

	public static final String DIAGNOSTICS = "ru.opora.diagnostics";

	public static final String COOPERATION = "ru.opora.cooperation";

	public static final String COOPERATION_AGREEMENT =
		"ru.opora.cooperation.model.CooperationAgreement";

	public static final String MENTOR_ASSIGNMENT =
		"ru.opora.mentoring.model.MentorAssignment";

	public static final String MENTORING = "ru.opora.mentoring";

	public static final String RISK_DOCUMENT =
		"ru.opora.riskprofile.model.RiskDocument";

	public static final String RISK_PROFILE = "ru.opora.riskprofile";

	public static final String SCHOOL = "ru.opora.schools.model.School";

	public static final String SCHOOLS = "ru.opora.schools";

	public static final Locale ENGLISH = Locale.US;

	public static final Locale RUSSIAN = new Locale("ru", "RU");

	/** The matrix of this version of Opora. */
	public static OporaRoleMatrix defaults() {
		List<RoleDefinition> roles = new ArrayList<>();

		roles.add(
			new RoleDefinition(
				OporaRoleNames.REGIONAL_COORDINATOR, RoleType.REGULAR,
				"Региональный координатор", "Regional Coordinator",
				"Видит все муниципалитеты региона: школы, группы и " +
					"закрепления; загружает данные, утверждает правила " +
						"идентификации, закрепляет наставников.",
				"Sees every municipality of the region: schools, groups " +
					"and assignments; imports data, sets the identification " +
						"rules, assigns mentors."
			).grant(
				SCHOOLS, "IMPORT_DATA", "MANAGE_ORGANIZATIONS", "MANAGE_RULES"
			).grant(
				SCHOOL, "VIEW"
			).grant(
				MENTORING, "ADD_ASSIGNMENT", "MANAGE_SUGGESTIONS"
			).grant(
				MENTOR_ASSIGNMENT, "VIEW"
			).grant(
				LIBRARY, "VIEW"
			).grant(
				RISK_PROFILE, "MANAGE_DICTIONARY", "VIEW_SCHOOLS"
			).grant(
				DIAGNOSTICS, "IMPORT_RESULTS", "MANAGE_COURSES", "OPEN_SESSION", "VIEW_AGGREGATES",
				"VIEW_AUDIT_LOG"
			).grant(
				COOPERATION, "ADD_AGREEMENT", "APPROVE_AS_COORDINATOR",
				"MANAGE_TEMPLATE", "VIEW_ALL_AGREEMENTS"
			).grant(
				COOPERATION_AGREEMENT, "VIEW"
			));
		roles.add(
			new RoleDefinition(
				OporaRoleNames.MUNICIPAL_COORDINATOR, RoleType.SITE,
				"Муниципальный координатор", "Municipal Coordinator",
				"Ведёт муниципальную дорожную карту: школы и их данные, " +
					"правила идентификации, закрепление наставников и " +
						"кураторов.",
				"Runs the municipal roadmap: schools and their data, " +
					"identification rules, assignment of mentors and curators."
			).grant(
				SCHOOLS, "ADD_SCHOOL", "IMPORT_DATA", "MANAGE_ORGANIZATIONS",
				"MANAGE_RULES"
			).grant(
				SCHOOL, "DELETE", "UPDATE", "VIEW"
			).grant(
				MENTORING, "ADD_ASSIGNMENT", "MANAGE_SUGGESTIONS"
			).grant(
				MENTOR_ASSIGNMENT, "ADD_EVENT", "DELETE", "UPDATE", "VIEW"
			).grant(
				LIBRARY, "VIEW"
			).grant(
				RISK_PROFILE, "VIEW_SCHOOLS"
			).grant(
				DIAGNOSTICS, "IMPORT_RESULTS", "OPEN_SESSION", "VIEW_AGGREGATES"
			).grant(
				COOPERATION, "ADD_AGREEMENT", "APPROVE_AS_COORDINATOR",
				"VIEW_ALL_AGREEMENTS"
			).grant(
				COOPERATION_AGREEMENT, "VIEW"
			));
		roles.add(
			new RoleDefinition(
				OporaRoleNames.CURATOR, RoleType.SITE, "Куратор", "Curator",
				"Руководитель сильной школы, закреплённый за школой с " +
					"низкими результатами: план сопровождения и отчёты по " +
						"своим школам.",
				"Director of a strong school assigned to a school with low " +
					"results: support plan and reports for their own schools."
			).grant(
				SCHOOL, "VIEW"
			).grant(
				LIBRARY, "VIEW"
			));
		roles.add(
			new RoleDefinition(
				OporaRoleNames.SCHOOL_TEAM, RoleType.SITE, "Школьная команда",
				"School Team",
				"Директор и заместители школы: документы своей школы.",
				"Director and deputies of a school: their school's documents."
			).grant(
				LIBRARY, "VIEW"
			).grant(
				COOPERATION, "ADD_AGREEMENT"
			));
		roles.add(
			new RoleDefinition(
				OporaRoleNames.TEACHER, RoleType.SITE, "Педагог", "Teacher",
				"Проходит диагностику профессиональных дефицитов, следует " +
					"индивидуальному маршруту.",
				"Takes the deficit diagnostics, follows an individual route."
			).grant(
				LIBRARY, "ADD_MATERIAL", "VIEW"
			));
		roles.add(
			new RoleDefinition(
				OporaRoleNames.METHODOLOGIST, RoleType.SITE, "Методист", "Methodologist",
				"Руководит районным методическим объединением; видит " +
					"результаты школ муниципалитета.",
				"Runs a district subject association; sees the results of " +
					"the municipality's schools."
			).grant(
				SCHOOL, "VIEW"
			).grant(
				LIBRARY, "ADD_MATERIAL", "REVIEW_MATERIALS", "VIEW"
			).grant(
				DIAGNOSTICS, "MANAGE_BANK", "MANAGE_COURSES", "VIEW_AGGREGATES"
			));

		return new OporaRoleMatrix(roles);
	}

	public OporaRoleMatrix(List<RoleDefinition> roles) {
		Map<String, RoleDefinition> rolesByName = new LinkedHashMap<>();

		for (RoleDefinition role : roles) {
			if (rolesByName.put(role.getName(), role) != null) {
				throw new IllegalArgumentException(
					"Role declared twice: " + role.getName());
			}
		}

		_roles = Collections.unmodifiableMap(rolesByName);
	}

	/** Every resource named by the matrix with the actions granted on it to anyone. */
	public Map<String, Set<String>> getGrantedActions() {
		Map<String, Set<String>> actions = new TreeMap<>();

		for (RoleDefinition role : _roles.values()) {
			for (Map.Entry<String, Set<String>> entry :
					role.getGrants().entrySet()) {

				actions.computeIfAbsent(
					entry.getKey(), key -> new TreeSet<>()
				).addAll(
					entry.getValue()
				);
			}
		}

		return actions;
	}

	public RoleDefinition getRole(String name) {
		RoleDefinition role = _roles.get(name);

		if (role == null) {
			throw new IllegalArgumentException("Unknown role " + name);
		}

		return role;
	}

	public List<RoleDefinition> getRoles() {
		return new ArrayList<>(_roles.values());
	}

	public boolean isGranted(
		String roleName, String resourceName, String actionId) {

		return getRole(
			roleName
		).isGranted(
			resourceName, actionId
		);
	}

	public static final class RoleDefinition {

		public RoleDefinition(
			String name, RoleType roleType, String russianTitle,
			String englishTitle, String russianDescription,
			String englishDescription) {

			_name = name;
			_roleType = roleType;

			Map<Locale, String> titles = new LinkedHashMap<>();

			titles.put(RUSSIAN, russianTitle);
			titles.put(ENGLISH, englishTitle);

			_titles = Collections.unmodifiableMap(titles);

			Map<Locale, String> descriptions = new LinkedHashMap<>();

			descriptions.put(RUSSIAN, russianDescription);
			descriptions.put(ENGLISH, englishDescription);

			_descriptions = Collections.unmodifiableMap(descriptions);
		}

		/** Resource name → the actions granted on it (sorted). */
		public Map<String, Set<String>> getGrants() {
			Map<String, Set<String>> grants = new TreeMap<>();

			_grants.forEach(
				(resourceName, actionIds) -> grants.put(
					resourceName,
					Collections.unmodifiableSet(new TreeSet<>(actionIds))));

			return Collections.unmodifiableMap(grants);
		}

		public Map<Locale, String> getDescriptions() {
			return _descriptions;
		}

		public String getName() {
			return _name;
		}

		public RoleType getRoleType() {
			return _roleType;
		}

		public Map<Locale, String> getTitles() {
			return _titles;
		}

		public boolean isGranted(String resourceName, String actionId) {
			Set<String> actionIds = _grants.get(resourceName);

			if (actionIds == null) {
				return false;
			}

			return actionIds.contains(actionId);
		}

		RoleDefinition grant(String resourceName, String... actionIds) {
			Set<String> granted = _grants.computeIfAbsent(
				resourceName, key -> new TreeSet<>());

			Collections.addAll(granted, actionIds);

			return this;
		}

		private final Map<Locale, String> _descriptions;
		private final Map<String, Set<String>> _grants = new TreeMap<>();
		private final String _name;
		private final RoleType _roleType;
		private final Map<Locale, String> _titles;

	}

	/** How far a role's grants reach. */
	public enum RoleType {

		/** Portal-wide role: grants in the whole instance (company scope). */
		REGULAR,

		/** Site role: grants in each site where the user has the role (group-template scope). */
		SITE

	}

	private final Map<String, RoleDefinition> _roles;

}
