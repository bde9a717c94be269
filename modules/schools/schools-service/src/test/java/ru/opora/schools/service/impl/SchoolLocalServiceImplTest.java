package ru.opora.schools.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;
import ru.opora.schools.exception.DuplicateSchoolException;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.School;
import ru.opora.schools.model.impl.SchoolImpl;
import ru.opora.schools.service.persistence.AssessmentResultPersistence;
import ru.opora.schools.service.persistence.SchoolContextPersistence;
import ru.opora.schools.service.persistence.SchoolPersistence;
import ru.opora.testing.Fields;

class SchoolLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_service, "schoolPersistence", _schoolPersistence);
		Fields.set(_service, "assessmentResultPersistence", _assessmentResultPersistence);
		Fields.set(_service, "schoolContextPersistence", _schoolContextPersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_organizationLocalService", _organizationLocalService);

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(USER_ID);
		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Координатор Ивантеевского района");
		when(_userLocalService.getUser(USER_ID)).thenReturn(user);
		when(_counterLocalService.increment(School.class.getName())).thenReturn(501L);
		when(_schoolPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				School school = new SchoolImpl();

				school.setSchoolId(invocation.getArgument(0));

				return school;
			});
		when(_schoolPersistence.update(any(School.class))).thenAnswer(invocation -> invocation.getArgument(0));
	}

	@Test
	void addsAValidSchoolWithItsPermissions() throws Exception {
		School school = _service.addSchool(USER_ID, GROUP_ID, _bartenevka("bart64", 0), new ServiceContext());

		assertEquals(501L, school.getSchoolId());
		assertEquals(GROUP_ID, school.getGroupId());
		assertEquals(COMPANY_ID, school.getCompanyId());
		assertEquals("МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", school.getName());
		assertEquals("rural", school.getSettlementType());
		assertEquals("secondary", school.getSchoolLevel());
		assertEquals(18.0, school.getDistanceToCentreKm());
		assertEquals("bart64", school.getFederalLogin());
		assertEquals(_bartenevka("bart64", 0).name(), school.toSchoolData().name());

		verify(_resourceLocalService).addModelResources(eq(school), any(ServiceContext.class));
	}

	@Test
	void unknownDistanceIsStoredAsUnknown() throws Exception {
		SchoolData data = new SchoolData(
			0, "МОУ «ООШ п. Знаменский»", null, null, SettlementType.RURAL, SchoolLevel.BASIC, true, 0, null,
			null, null, null, "zn64", SchoolStatus.ACTIVE);

		School school = _service.addSchool(USER_ID, GROUP_ID, data, new ServiceContext());

		assertEquals(-1.0, school.getDistanceToCentreKm());
		assertEquals(null, school.toSchoolData().distanceToCentreKm());
	}

	@Test
	void rejectsInvalidInputAndStoresNothing() {
		SchoolData data = new SchoolData(
			0, " ", null, null, null, SchoolLevel.BASIC, false, 0, -5.0, null, null, null, "x1",
			SchoolStatus.ACTIVE);

		OporaValidationException exception = assertThrows(
			OporaValidationException.class,
			() -> _service.addSchool(USER_ID, GROUP_ID, data, new ServiceContext()));

		assertEquals(
			List.of("name", "settlementType", "distanceToCentreKm"),
			exception.getViolations().stream().map(violation -> violation.field()).collect(Collectors.toList()));
		verify(_schoolPersistence, never()).update(any(School.class));
	}

	@Test
	void rejectsADuplicateFederalLoginInTheSameSite() {
		School existing = new SchoolImpl();

		existing.setSchoolId(7);

		when(_schoolPersistence.fetchByG_FL(GROUP_ID, "bart64")).thenReturn(existing);

		assertThrows(
			DuplicateSchoolException.class,
			() -> _service.addSchool(USER_ID, GROUP_ID, _bartenevka("bart64", 0), new ServiceContext()));
		verify(_schoolPersistence, never()).update(any(School.class));
	}

	@Test
	void branchMustBeASchoolOfTheSameSite() {
		School parentInOtherSite = new SchoolImpl();

		parentInOtherSite.setSchoolId(42);
		parentInOtherSite.setGroupId(GROUP_ID + 1);

		when(_schoolPersistence.fetchByPrimaryKey(42L)).thenReturn(parentInOtherSite);

		OporaValidationException exception = assertThrows(
			OporaValidationException.class,
			() -> _service.addSchool(USER_ID, GROUP_ID, _bartenevka("bart64-branch", 42), new ServiceContext()));

		assertEquals("unknown-school", exception.getViolations().get(0).code());
	}

	@Test
	void deletingASchoolDeletesItsResultsContextAndPermissions() throws Exception {
		School school = new SchoolImpl();

		school.setSchoolId(501);

		School branch = new SchoolImpl();

		branch.setSchoolId(502);
		branch.setBranchOfSchoolId(501);

		when(_schoolPersistence.findByBranchOfSchoolId(501)).thenReturn(List.of(branch));
		when(_schoolPersistence.remove(school)).thenReturn(school);

		_service.deleteSchool(school);

		assertEquals(0, branch.getBranchOfSchoolId());
		verify(_schoolPersistence).update(branch);
		verify(_assessmentResultPersistence).removeBySchoolId(501);
		verify(_schoolContextPersistence).removeBySchoolId(501);
		verify(_resourceLocalService).deleteResource(school, ResourceConstants.SCOPE_INDIVIDUAL);
		verify(_schoolPersistence).remove(school);
	}

	@Test
	void aSchoolIsLinkedOnlyToAnOrganizationOfItsOwnPortalInstance() throws Exception {
		School school = new SchoolImpl();

		school.setSchoolId(501);
		school.setCompanyId(COMPANY_ID);

		when(_schoolPersistence.findByPrimaryKey(501L)).thenReturn(school);

		Organization own = mock(Organization.class);
		Organization foreign = mock(Organization.class);

		when(own.getCompanyId()).thenReturn(COMPANY_ID);
		when(foreign.getCompanyId()).thenReturn(COMPANY_ID + 1);
		when(_organizationLocalService.getOrganization(40001)).thenReturn(own);
		when(_organizationLocalService.getOrganization(40002)).thenReturn(foreign);

		assertEquals(40001, _service.updateSchoolOrganization(501, 40001).getOrganizationId());

		OporaValidationException exception = assertThrows(
			OporaValidationException.class, () -> _service.updateSchoolOrganization(501, 40002));

		assertEquals("unknown-organization", exception.getViolations().get(0).code());
		assertEquals(40001, school.getOrganizationId());
		assertEquals(0, _service.updateSchoolOrganization(501, 0).getOrganizationId());
	}

	private static SchoolData _bartenevka(String login, long branchOf) {
		return new SchoolData(
			0, "МОУ «СОШ с. Бартеневка им. П.Е. Толстова»", "СОШ с. Бартеневка", "с. Бартеневка",
			SettlementType.RURAL, SchoolLevel.SECONDARY, false, branchOf, 18.0, null, null, null, login,
			SchoolStatus.ACTIVE);
	}

	private static final long COMPANY_ID = 20097;

	private static final long GROUP_ID = 30001;

	private static final long USER_ID = 20123;

	private final AssessmentResultPersistence _assessmentResultPersistence = mock(
		AssessmentResultPersistence.class);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final ResourceLocalService _resourceLocalService = mock(ResourceLocalService.class);
	private final SchoolContextPersistence _schoolContextPersistence = mock(SchoolContextPersistence.class);
	private final SchoolPersistence _schoolPersistence = mock(SchoolPersistence.class);
	private final SchoolLocalServiceImpl _service = new SchoolLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
