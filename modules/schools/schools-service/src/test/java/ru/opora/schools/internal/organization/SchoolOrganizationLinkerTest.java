package ru.opora.schools.internal.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.School;
import ru.opora.schools.model.impl.SchoolImpl;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.organization.OrganizationLinkResult.Outcome;

class SchoolOrganizationLinkerTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_group.getGroupId()).thenReturn(_GROUP_ID);
		when(_group.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_group.getDescriptiveName()).thenReturn("Ивантеевка");
		when(_groupLocalService.getGroup(_GROUP_ID)).thenReturn(_group);

		_municipality = _organization(500, "Ивантеевка");
	}

	@Test
	void linksExistingChildOrganizationsByNameAndCreatesTheMissingOnes()
		throws Exception {

		_siteOrganizations(_municipality);
		_children(
			_organization(501, "МБОУ «СОШ № 1»"),
			_organization(502, "Гимназия Исток"));

		School first = _school(1, "МБОУ СОШ №1", "", 0);
		School second = _school(2, "МАОУ Лицей", "", 0);
		School third = _school(3, "Муниципальное гимназия «Исток»", "Гимназия Исток", 0);

		Organization created = _organization(601, "МАОУ Лицей");

		when(
			_organizationLocalService.addOrganization(
				20123L, 500L, "МАОУ Лицей", false)
		).thenReturn(created);

		OrganizationLinkResult result = _link(
			List.of(first, second, third), true);

		assertEquals(500L, result.getMunicipalityOrganizationId());
		assertFalse(result.isMunicipalityOrganizationCreated());
		assertEquals(2, result.count(Outcome.LINKED));
		assertEquals(1, result.count(Outcome.CREATED));
		assertFalse(result.hasUnresolved());

		assertEquals(501L, _links.get(1L));
		assertEquals(601L, _links.get(2L));
		assertEquals(502L, _links.get(3L));

		// sorted by school name
		assertEquals("МАОУ Лицей", result.getEntries().get(0).getSchoolName());
		assertEquals(Outcome.CREATED, result.getEntries().get(0).getOutcome());
		assertEquals("МАОУ Лицей", result.getEntries().get(0).getOrganizationName());
	}

	@Test
	void withoutCreatingUnknownSchoolsAreReportedAndNothingIsAdded()
		throws Exception {

		_siteOrganizations(_municipality);
		_children(_organization(501, "СОШ №1"));

		OrganizationLinkResult result = _link(
			List.of(_school(1, "СОШ №1", "", 0), _school(2, "СОШ №2", "", 0)),
			false);

		assertEquals(1, result.count(Outcome.LINKED));
		assertEquals(1, result.count(Outcome.NOT_FOUND));
		assertTrue(result.hasUnresolved());
		assertEquals(1, _links.size());
		verify(
			_organizationLocalService, never()
		).addOrganization(anyLong(), anyLong(), anyString(), anyBoolean());
	}

	@Test
	void twoOrganizationsWithTheSchoolsNameAreLeftToAPerson()
		throws Exception {

		_siteOrganizations(_municipality);
		_children(_organization(501, "СОШ №3"), _organization(502, "сош № 3"));

		OrganizationLinkResult result = _link(
			List.of(_school(3, "СОШ №3", "", 0)), true);

		OrganizationLinkResult.Entry entry = result.getEntries().get(0);

		assertEquals(Outcome.AMBIGUOUS, entry.getOutcome());
		assertEquals("СОШ №3 (501); сош № 3 (502)", entry.getOrganizationName());
		assertTrue(_links.isEmpty());
		verify(
			_organizationLocalService, never()
		).addOrganization(anyLong(), anyLong(), anyString(), anyBoolean());
	}

	@Test
	void anOrganizationOfAnotherSchoolIsNotLinkedAgain() throws Exception {
		_siteOrganizations(_municipality);
		_children(_organization(501, "СОШ №1"));

		School linkedElsewhere = _school(9, "Другая школа", "", 501);
		Organization first = _organization(501, "СОШ №1");

		when(
			_organizationLocalService.fetchOrganization(501L)
		).thenReturn(first);

		School school = _school(1, "СОШ №1", "", 0);

		when(
			_organizationLocalService.fetchOrganization(_COMPANY_ID, "СОШ №1")
		).thenReturn(first);

		Organization created = _organization(700, "СОШ №1 (Ивантеевка)");

		when(
			_organizationLocalService.addOrganization(
				20123L, 500L, "СОШ №1 (Ивантеевка)", false)
		).thenReturn(created);

		OrganizationLinkResult result = new SchoolOrganizationLinker(
			_groupLocalService, _organizationLocalService
		).link(
			20123L, _GROUP_ID, List.of(school),
			List.of(school, linkedElsewhere), true,
			(linked, organizationId) -> _links.put(
				linked.getSchoolId(), organizationId));

		assertEquals(Outcome.CREATED, result.getEntries().get(0).getOutcome());
		assertEquals(700L, _links.get(1L));
	}

	@Test
	void aSchoolAlreadyLinkedStaysAsItIsUnlessItsOrganizationIsGone()
		throws Exception {

		_siteOrganizations(_municipality);
		_children(_organization(502, "СОШ №2"));

		Organization existing = _organization(501, "Старое имя");

		when(_organizationLocalService.fetchOrganization(501L)).thenReturn(existing);

		OrganizationLinkResult result = _link(
			List.of(
				_school(1, "СОШ №1", "", 501),
				_school(2, "СОШ №2", "", 999)),
			false);

		assertEquals(Outcome.ALREADY_LINKED, result.getEntries().get(0).getOutcome());
		assertEquals("Старое имя", result.getEntries().get(0).getOrganizationName());
		assertEquals(Outcome.LINKED, result.getEntries().get(1).getOutcome());
		assertEquals(502L, _links.get(2L));
		assertFalse(_links.containsKey(1L));
	}

	@Test
	void aSiteWithoutOrganizationGetsOneOnlyWhenCreatingIsAsked()
		throws Exception {

		_siteOrganizations();

		OporaValidationException exception = assertThrows(
			OporaValidationException.class,
			() -> _link(List.of(_school(1, "СОШ №1", "", 0)), false));

		assertEquals(
			"no-municipality-organization",
			exception.getViolations().get(0).code());

		when(
			_organizationLocalService.addOrganization(
				20123L, 0L, "Ивантеевка", false)
		).thenReturn(_municipality);
		_children();

		Organization first = _organization(501, "СОШ №1");

		when(
			_organizationLocalService.addOrganization(
				20123L, 500L, "СОШ №1", false)
		).thenReturn(first);

		OrganizationLinkResult result = _link(
			List.of(_school(1, "СОШ №1", "", 0)), true);

		assertTrue(result.isMunicipalityOrganizationCreated());
		verify(_groupLocalService).addOrganizationGroup(500L, _GROUP_ID);
		assertEquals(501L, _links.get(1L));
	}

	@Test
	void aSiteWithSeveralOrganizationsIsRefused() {
		_siteOrganizations(_municipality, _organization(510, "Другой"));

		OporaValidationException exception = assertThrows(
			OporaValidationException.class,
			() -> _link(List.of(_school(1, "СОШ №1", "", 0)), true));

		assertEquals(
			"several-municipality-organizations",
			exception.getViolations().get(0).code());
	}

	@Test
	void anOrganizationSiteIsItsOwnMunicipality() throws Exception {
		when(_group.isOrganization()).thenReturn(true);
		when(_group.getOrganizationId()).thenReturn(500L);
		when(_organizationLocalService.getOrganization(500L)).thenReturn(_municipality);
		_children(_organization(501, "СОШ №1"));

		OrganizationLinkResult result = _link(
			List.of(_school(1, "СОШ №1", "", 0)), false);

		assertEquals(1, result.count(Outcome.LINKED));
		verify(_organizationLocalService, never()).getGroupOrganizations(_GROUP_ID);
	}

	private void _children(Organization... organizations) {
		when(
			_organizationLocalService.getOrganizations(_COMPANY_ID, 500L)
		).thenReturn(List.of(organizations));
	}

	private OrganizationLinkResult _link(
			List<School> schools, boolean createMissing)
		throws Exception {

		return new SchoolOrganizationLinker(
			_groupLocalService, _organizationLocalService
		).link(
			20123L, _GROUP_ID, schools, new ArrayList<>(schools), createMissing,
			(school, organizationId) -> _links.put(
				school.getSchoolId(), organizationId));
	}

	private Organization _organization(long organizationId, String name) {
		Organization organization = mock(Organization.class);

		when(organization.getOrganizationId()).thenReturn(organizationId);
		when(organization.getName()).thenReturn(name);
		when(organization.getCompanyId()).thenReturn(_COMPANY_ID);

		return organization;
	}

	private School _school(
		long schoolId, String name, String shortName, long organizationId) {

		School school = new SchoolImpl();

		school.setSchoolId(schoolId);
		school.setName(name);
		school.setShortName(shortName);
		school.setOrganizationId(organizationId);

		return school;
	}

	private void _siteOrganizations(Organization... organizations) {
		when(
			_organizationLocalService.getGroupOrganizations(_GROUP_ID)
		).thenReturn(List.of(organizations));
	}

	private static final long _COMPANY_ID = 20097L;

	private static final long _GROUP_ID = 30001L;

	private final Group _group = mock(Group.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final Map<Long, Long> _links = new LinkedHashMap<>();
	private Organization _municipality;
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);

}
