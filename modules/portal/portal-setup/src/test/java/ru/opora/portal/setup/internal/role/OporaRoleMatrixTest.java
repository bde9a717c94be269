package ru.opora.portal.setup.internal.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ru.opora.portal.constants.OporaRoleNames;

/**
 * The role matrix as a table: every action of every Opora resource (read from
 * the service modules' default.xml) against every role, allowed (x) or not
 * (-). Changing who may what means changing this table and the matrix
 * together.
 */
class OporaRoleMatrixTest {

	/** Columns: Regional Coordinator, Municipal Coordinator, Curator, School Team, Teacher, Methodologist. */
	private static final String TABLE =
		"                                                     RC  MC  CU  ST  TE  ME\n" +
		"ru.opora.schools#ADD_SCHOOL                          -   x   -   -   -   -\n" +
		"ru.opora.schools#IMPORT_DATA                         x   x   -   -   -   -\n" +
		"ru.opora.schools#MANAGE_ORGANIZATIONS                x   x   -   -   -   -\n" +
		"ru.opora.schools#MANAGE_RULES                        x   x   -   -   -   -\n" +
		"ru.opora.schools#PERMISSIONS                         -   -   -   -   -   -\n" +
		"ru.opora.schools.model.School#DELETE                 -   x   -   -   -   -\n" +
		"ru.opora.schools.model.School#PERMISSIONS            -   -   -   -   -   -\n" +
		"ru.opora.schools.model.School#UPDATE                 -   x   -   -   -   -\n" +
		"ru.opora.schools.model.School#VIEW                   x   x   x   -   -   x\n" +
		"ru.opora.mentoring#ADD_ASSIGNMENT                    x   x   -   -   -   -\n" +
		"ru.opora.mentoring#MANAGE_SUGGESTIONS                x   x   -   -   -   -\n" +
		"ru.opora.mentoring#PERMISSIONS                       -   -   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#ADD_EVENT  -   x   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#DELETE     -   x   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#PERMISSIONS -  -   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#REPORT     -   -   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#UPDATE     -   x   -   -   -   -\n" +
		"ru.opora.mentoring.model.MentorAssignment#VIEW       x   x   -   -   -   -\n" +
		"ru.opora.library#ADD_MATERIAL                        -   -   -   -   x   x\n" +
		"ru.opora.library#PERMISSIONS                         -   -   -   -   -   -\n" +
		"ru.opora.library#REVIEW_MATERIALS                    -   -   -   -   -   x\n" +
		"ru.opora.library#VIEW                                x   x   x   x   x   x\n" +
		"ru.opora.riskprofile#MANAGE_DICTIONARY               x   -   -   -   -   -\n" +
		"ru.opora.riskprofile#PERMISSIONS                     -   -   -   -   -   -\n" +
		"ru.opora.riskprofile#VIEW_SCHOOLS                    x   x   -   -   -   -\n" +
		"ru.opora.riskprofile.model.RiskDocument#PERMISSIONS  -   -   -   -   -   -\n" +
		"ru.opora.riskprofile.model.RiskDocument#REVIEW       -   -   -   -   -   -\n" +
		"ru.opora.riskprofile.model.RiskDocument#UPDATE       -   -   -   -   -   -\n" +
		"ru.opora.riskprofile.model.RiskDocument#VIEW         -   -   -   -   -   -\n" +
		"ru.opora.diagnostics#IMPORT_RESULTS                  x   x   -   -   -   -\n" +
		"ru.opora.diagnostics#MANAGE_BANK                     -   -   -   -   -   x\n" +
		"ru.opora.diagnostics#MANAGE_COURSES                  x   -   -   -   -   x\n" +
		"ru.opora.diagnostics#OPEN_SESSION                    x   x   -   -   -   -\n" +
		"ru.opora.diagnostics#PERMISSIONS                     -   -   -   -   -   -\n" +
		"ru.opora.diagnostics#VIEW_AGGREGATES                 x   x   -   -   -   x\n" +
		"ru.opora.diagnostics#VIEW_AUDIT_LOG                  x   -   -   -   -   -\n" +
		"ru.opora.cooperation#ADD_AGREEMENT                   x   x   -   x   -   -\n" +
		"ru.opora.cooperation#APPROVE_AS_COORDINATOR          x   x   -   -   -   -\n" +
		"ru.opora.cooperation#MANAGE_TEMPLATE                 x   -   -   -   -   -\n" +
		"ru.opora.cooperation#PERMISSIONS                     -   -   -   -   -   -\n" +
		"ru.opora.cooperation#VIEW_ALL_AGREEMENTS             x   x   -   -   -   -\n" +
		"ru.opora.cooperation.model.CooperationAgreement#DELETE -  -   -   -   -   -\n" +
		"ru.opora.cooperation.model.CooperationAgreement#PERMISSIONS - - - -   -   -\n" +
		"ru.opora.cooperation.model.CooperationAgreement#UPDATE -  -   -   -   -   -\n" +
		"ru.opora.cooperation.model.CooperationAgreement#VIEW x   x   -   -   -   -\n";

	private static final String[] _ROLES = {
		OporaRoleNames.REGIONAL_COORDINATOR, OporaRoleNames.MUNICIPAL_COORDINATOR, OporaRoleNames.CURATOR,
		OporaRoleNames.SCHOOL_TEAM, OporaRoleNames.TEACHER, OporaRoleNames.METHODOLOGIST
	};

	@Test
	void everyActionOfEveryOporaResourceIsInTheTable() throws Exception {
		Set<String> tableRows = new TreeSet<>(_table().keySet());
		Set<String> declared = new TreeSet<>();

		_declaredActions().forEach(
			(resourceName, actionIds) -> actionIds.forEach(
				actionId -> declared.add(resourceName + "#" + actionId)));

		assertEquals(declared, tableRows);
	}

	@Test
	void everyGrantNamesAResourceAndActionOfDefaultXml() throws Exception {
		Map<String, Set<String>> declared = _declaredActions();

		for (OporaRoleMatrix.RoleDefinition role :
				OporaRoleMatrix.defaults().getRoles()) {

			role.getGrants().forEach(
				(resourceName, actionIds) -> {
					assertTrue(
						declared.containsKey(resourceName),
						role.getName() + ": unknown resource " + resourceName);

					for (String actionId : actionIds) {
						assertTrue(
							declared.get(resourceName).contains(actionId),
							role.getName() + ": " + resourceName +
								" does not support " + actionId);
					}
				});
		}
	}

	@Test
	void matrixIsTheTable() throws Exception {
		OporaRoleMatrix matrix = OporaRoleMatrix.defaults();
		List<String> differences = new ArrayList<>();

		_table().forEach(
			(row, allowed) -> {
				String[] parts = row.split("#");

				for (int i = 0; i < _ROLES.length; i++) {
					if (matrix.isGranted(_ROLES[i], parts[0], parts[1]) != allowed[i]) {
						differences.add(_ROLES[i] + " " + row + " should be " + allowed[i]);
					}
				}
			});

		assertEquals(List.of(), differences);
	}

	@Test
	void nobodyIsGrantedPermissions() {
		Map<String, Set<String>> granted = OporaRoleMatrix.defaults().getGrantedActions();

		granted.forEach((resourceName, actionIds) -> assertFalse(actionIds.contains("PERMISSIONS"), resourceName));
	}

	@Test
	void rolesHaveTypesAndRussianAndEnglishTitlesAndDescriptions() {
		OporaRoleMatrix matrix = OporaRoleMatrix.defaults();
		List<String> names = new ArrayList<>();

		for (OporaRoleMatrix.RoleDefinition role : matrix.getRoles()) {
			names.add(role.getName());

			for (Locale locale : new Locale[] {OporaRoleMatrix.RUSSIAN, OporaRoleMatrix.ENGLISH}) {
				assertFalse(role.getTitles().get(locale).isBlank(), role.getName());
				assertFalse(role.getDescriptions().get(locale).isBlank(), role.getName());
			}

			assertEquals(role.getName(), role.getTitles().get(OporaRoleMatrix.ENGLISH));
		}

		assertEquals(List.of(_ROLES), names);
		assertEquals(
			List.of("Regional Coordinator", "Municipal Coordinator", "Curator", "School Team", "Teacher", "Methodologist"),
			names);
		assertEquals(OporaRoleMatrix.RoleType.REGULAR, matrix.getRole("Regional Coordinator").getRoleType());
		assertEquals("Региональный координатор", matrix.getRole("Regional Coordinator").getTitles().get(OporaRoleMatrix.RUSSIAN));
		assertEquals("Муниципальный координатор", matrix.getRole("Municipal Coordinator").getTitles().get(OporaRoleMatrix.RUSSIAN));

		for (String name : new String[] {"Municipal Coordinator", "Curator", "School Team", "Teacher", "Methodologist"}) {
			assertEquals(OporaRoleMatrix.RoleType.SITE, matrix.getRole(name).getRoleType(), name);
		}
	}

	/** Resource name → supported actions of every model-resource in the service modules' default.xml. */
	static Map<String, Set<String>> _declaredActions() throws Exception {
		String files = System.getProperty("opora.resource.actions.files");

		assertTrue(files != null && !files.isBlank(), "opora.resource.actions.files is set by surefire");

		Map<String, Set<String>> actions = new TreeMap<>();

		for (String file : files.split(",")) {
			Path path = Path.of(file.trim());

			assertTrue(Files.isRegularFile(path), path.toString());

			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

			Document document = factory.newDocumentBuilder().parse(path.toFile());
			NodeList modelResources = document.getElementsByTagName("model-resource");

			for (int i = 0; i < modelResources.getLength(); i++) {
				Element modelResource = (Element)modelResources.item(i);
				String name = modelResource.getElementsByTagName("model-name").item(0).getTextContent().trim();
				Element supports = (Element)modelResource.getElementsByTagName("supports").item(0);
				NodeList actionKeys = supports.getElementsByTagName("action-key");
				Set<String> actionIds = actions.computeIfAbsent(name, key -> new TreeSet<>());

				for (int j = 0; j < actionKeys.getLength(); j++) {
					actionIds.add(actionKeys.item(j).getTextContent().trim());
				}
			}
		}

		assertTrue(actions.containsKey(OporaRoleMatrix.SCHOOL) && actions.containsKey(OporaRoleMatrix.MENTORING), actions.toString());

		return actions;
	}

	private static Map<String, boolean[]> _table() {
		Map<String, boolean[]> table = new TreeMap<>();
		String[] lines = TABLE.split("\n");

		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].trim().split("\\s+");

			assertEquals(_ROLES.length + 1, cells.length, lines[i]);

			boolean[] allowed = new boolean[_ROLES.length];

			for (int j = 0; j < _ROLES.length; j++) {
				assertTrue(cells[j + 1].equals("x") || cells[j + 1].equals("-"), lines[i]);

				allowed[j] = cells[j + 1].equals("x");
			}

			assertFalse(table.containsKey(cells[0]), "row twice: " + cells[0]);

			table.put(cells[0], allowed);
		}

		return table;
	}

}
