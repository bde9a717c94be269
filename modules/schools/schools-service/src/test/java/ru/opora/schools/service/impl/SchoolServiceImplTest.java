package ru.opora.schools.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.school.SchoolData;
import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.model.School;
import ru.opora.schools.model.impl.SchoolImpl;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** The remote service checks permissions before the local service runs. */
class SchoolServiceImplTest {

	@BeforeEach
	void setUp() {
		Fields.set(_service, "schoolLocalService", _schoolLocalService);
		Fields.set(_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(_service, "_schoolModelResourcePermission", _schoolModelResourcePermission);

		when(_permissionChecker.getUserId()).thenReturn(20123L);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(20123L);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void addingNeedsAddSchoolOnTheSite() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(_permissionChecker, "ru.opora.schools", 30001,
				SchoolsActionKeys.ADD_SCHOOL)
		).when(
			_portletResourcePermission
		).check(_permissionChecker, 30001L, SchoolsActionKeys.ADD_SCHOOL);

		assertThrows(
			PrincipalException.class,
			() -> _service.addSchool(30001, mock(SchoolData.class), new ServiceContext()));
		verifyNoInteractions(_schoolLocalService);
	}

	@Test
	void linkingOrganizationsNeedsManageOrganizationsOnTheSite() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(_permissionChecker, "ru.opora.schools", 30001,
				SchoolsActionKeys.MANAGE_ORGANIZATIONS)
		).when(
			_portletResourcePermission
		).check(_permissionChecker, 30001L, SchoolsActionKeys.MANAGE_ORGANIZATIONS);

		assertThrows(PrincipalException.class, () -> _service.linkSchoolOrganizations(30001, true));
		verifyNoInteractions(_schoolLocalService);

		_service.linkSchoolOrganizations(30002, false);

		verify(_schoolLocalService).linkSchoolOrganizations(20123L, 30002L, false);
	}

	@Test
	void addingWithPermissionCallsTheLocalServiceAsTheCurrentUser() throws Exception {
		SchoolData schoolData = mock(SchoolData.class);
		ServiceContext serviceContext = new ServiceContext();

		_service.addSchool(30001, schoolData, serviceContext);

		verify(_schoolLocalService).addSchool(20123L, 30001L, schoolData, serviceContext);
	}

	@Test
	void deletingNeedsDeleteOnTheSchool() throws Exception {
		doThrow(
			new PrincipalException("no")
		).when(
			_schoolModelResourcePermission
		).check(_permissionChecker, 501L, ActionKeys.DELETE);

		assertThrows(PrincipalException.class, () -> _service.deleteSchool(501));
		verifyNoInteractions(_schoolLocalService);
	}

	@Test
	void listsOnlyTheSchoolsTheUserMayView() throws Exception {
		School visible = new SchoolImpl();
		School hidden = new SchoolImpl();

		visible.setSchoolId(1);
		hidden.setSchoolId(2);

		when(_schoolLocalService.getGroupSchools(30001)).thenReturn(List.of(visible, hidden));
		when(_schoolModelResourcePermission.contains(_permissionChecker, visible, ActionKeys.VIEW)).thenReturn(true);
		when(_schoolModelResourcePermission.contains(_permissionChecker, hidden, ActionKeys.VIEW)).thenReturn(false);

		assertEquals(List.of(visible), _service.getGroupSchools(30001));
	}

	@Test
	void theRegionListHasOnlyTheSchoolsTheUserMayView() throws Exception {
		School first = new SchoolImpl();
		School second = new SchoolImpl();

		first.setSchoolId(1);
		first.setGroupId(30001);
		second.setSchoolId(2);
		second.setGroupId(30002);

		when(_schoolLocalService.getCompanySchools(20097)).thenReturn(List.of(first, second));
		when(_schoolModelResourcePermission.contains(_permissionChecker, first, ActionKeys.VIEW)).thenReturn(false);
		when(_schoolModelResourcePermission.contains(_permissionChecker, second, ActionKeys.VIEW)).thenReturn(true);

		assertEquals(List.of(second), _service.getCompanySchools(20097));
	}

	@Test
	void linkingTheStaffOrganizationNeedsUpdateOnTheSchool() throws Exception {
		doThrow(
			new PrincipalException("no")
		).when(
			_schoolModelResourcePermission
		).check(_permissionChecker, 501L, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, () -> _service.updateSchoolOrganization(501, 40001));
		verifyNoInteractions(_schoolLocalService);
	}

	@Test
	void updatingNeedsUpdateOnTheSchool() throws Exception {
		doThrow(
			new PrincipalException("no")
		).when(
			_schoolModelResourcePermission
		).check(eq(_permissionChecker), anyLong(), eq(ActionKeys.UPDATE));

		assertThrows(
			PrincipalException.class,
			() -> _service.updateSchool(501, mock(SchoolData.class), new ServiceContext()));
		verify(_schoolLocalService, org.mockito.Mockito.never()).updateSchool(
			anyLong(), any(SchoolData.class), any(ServiceContext.class));
	}

	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<School> _schoolModelResourcePermission = mock(
		ModelResourcePermission.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final SchoolServiceImpl _service = new SchoolServiceImpl();

}
