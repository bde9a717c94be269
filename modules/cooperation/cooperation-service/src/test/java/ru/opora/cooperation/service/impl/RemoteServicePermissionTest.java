package ru.opora.cooperation.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.cooperation.constants.CooperationActionKeys;
import ru.opora.cooperation.constants.CooperationConstants;
import ru.opora.cooperation.internal.network.SchoolGroupsLoader;
import ru.opora.cooperation.internal.party.PartyDirectors;
import ru.opora.cooperation.internal.security.permission.resource.CooperationAgreementPartyPermissionLogic;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementSummary;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.model.impl.AgreementPartyImpl;
import ru.opora.cooperation.model.impl.CooperationAgreementImpl;
import ru.opora.cooperation.service.AgreementPartyLocalService;
import ru.opora.cooperation.service.AgreementProgrammeLocalService;
import ru.opora.cooperation.service.CooperationAgreementLocalService;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;
import ru.opora.testing.permission.GrantedPermissions;

/**
 * The remote service checks the portlet and model permissions (the real
 * Liferay factories with the agreement's party logic) before calling the
 * local service: directors act for their own party, coordinators see and
 * approve in their site, others see only public summaries.
 */
class RemoteServicePermissionTest {

	static final long AUTHOR_ID = 100;

	static final long COORDINATOR_ID = 300;

	static final long DIRECTOR_ID = 503;

	static final long GROUP_ID = 20;

	static final long OTHER_ID = 900;

	@BeforeEach
	void setUp() throws Exception {
		GroupLocalServiceUtil.setService(mock(GroupLocalService.class));

		_agreements.put(1L, _agreement(1, "active"));
		_agreements.put(2L, _agreement(2, "draft"));

		when(_agreementLocalService.getCooperationAgreement(anyLong())).thenAnswer(
			invocation -> _agreements.get((Long)invocation.getArgument(0)));
		when(_partyLocalService.getAgreementParties(anyLong())).thenAnswer(
			invocation -> List.of(_party(11, (Long)invocation.getArgument(0), 1), _party(13, (Long)invocation.getArgument(0), 3)));
		when(_partyLocalService.getAgreementParty(anyLong())).thenAnswer(
			invocation -> _party((Long)invocation.getArgument(0), 1, (Long)invocation.getArgument(0) - 10));

		when(_partyDirectors.isDirector(anyLong(), any(AgreementParty.class))).thenAnswer(
			invocation -> ((Long)invocation.getArgument(0) == DIRECTOR_ID) &&
				(((AgreementParty)invocation.getArgument(1)).getSchoolId() == 3));
		when(_partyDirectors.isDirector(anyLong(), anyLong(), anyLong())).thenAnswer(
			invocation -> ((Long)invocation.getArgument(0) == DIRECTOR_ID) && ((Long)invocation.getArgument(1) == 3));

		PortletResourcePermission portletResourcePermission = PortletResourcePermissionFactory.create(
			CooperationConstants.RESOURCE_NAME);

		ModelResourcePermission<CooperationAgreement> modelResourcePermission = ModelResourcePermissionFactory.create(
			CooperationAgreement.class, CooperationAgreement::getAgreementId,
			_agreementLocalService::getCooperationAgreement, portletResourcePermission,
			(permission, consumer) -> consumer.accept(
				new CooperationAgreementPartyPermissionLogic(
					_partyLocalService, _partyDirectors, portletResourcePermission, _schoolLocalService)));

		Fields.set(_service, "cooperationAgreementLocalService", _agreementLocalService);
		Fields.set(_service, "_agreementPartyLocalService", _partyLocalService);
		Fields.set(_service, "_agreementProgrammeLocalService", _programmeLocalService);
		Fields.set(_service, "_partyDirectors", _partyDirectors);
		Fields.set(_service, "_portletResourcePermission", portletResourcePermission);
		Fields.set(_service, "_cooperationAgreementModelResourcePermission", modelResourcePermission);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);
		Fields.set(_service, "_schoolGroupsLoader", _schoolGroupsLoader);
	}

	@AfterEach
	void tearDown() {
		GroupLocalServiceUtil.setService(null);
		GrantedPermissions.logout();
	}

	@Test
	void directorsAddDraftsOnlyForTheirOwnParty() throws Exception {
		_login(OTHER_ID);

		assertThrows(PrincipalException.class, () -> _service.addAgreement(GROUP_ID, _data(1, 5), _serviceContext));

		_login(DIRECTOR_ID);
		_grant(CooperationConstants.RESOURCE_NAME, GROUP_ID, CooperationActionKeys.ADD_AGREEMENT);

		assertThrows(PrincipalException.class, () -> _service.addAgreement(GROUP_ID, _data(1, 5), _serviceContext));
		verifyNoInteractions(_agreementLocalService);

		_service.addAgreement(GROUP_ID, _data(1, 3), _serviceContext);

		verify(_agreementLocalService).addAgreement(eq(DIRECTOR_ID), eq(GROUP_ID), any(), eq(_serviceContext));

		// A coordinator may name any parties

		_login(COORDINATOR_ID);
		_grant(CooperationConstants.RESOURCE_NAME, GROUP_ID, CooperationActionKeys.ADD_AGREEMENT);
		_grant(CooperationConstants.RESOURCE_NAME, GROUP_ID, CooperationActionKeys.VIEW_ALL_AGREEMENTS);

		_service.addAgreement(GROUP_ID, _data(1, 5), _serviceContext);

		verify(_agreementLocalService).addAgreement(eq(COORDINATOR_ID), eq(GROUP_ID), any(), eq(_serviceContext));
	}

	@Test
	void partiesDirectorsAndTheAuthorWorkOnTheAgreementOthersDoNot() throws Exception {
		_login(OTHER_ID);

		assertThrows(PrincipalException.class, () -> _service.getAgreement(2));
		assertThrows(PrincipalException.class, () -> _service.getAgreementParties(2));
		assertThrows(PrincipalException.class, () -> _service.submitAgreement(2, null, _serviceContext));

		when(_agreementLocalService.getGroupAgreements(GROUP_ID)).thenReturn(List.of(_agreements.get(1L), _agreements.get(2L)));

		assertEquals(List.of(), _service.getGroupAgreements(GROUP_ID));

		_login(DIRECTOR_ID);

		assertSame(_agreements.get(2L), _service.getAgreement(2));
		assertEquals(2, _service.getGroupAgreements(GROUP_ID).size());

		_service.submitAgreement(2, "Прошу согласовать", _serviceContext);

		verify(_agreementLocalService).submitAgreement(DIRECTOR_ID, 2, "Прошу согласовать", _serviceContext);

		_login(AUTHOR_ID);

		_service.deleteAgreement(2);

		verify(_agreementLocalService).deleteDraft(2);
	}

	@Test
	void aDirectorApprovesOnlyForTheirOwnParty() throws Exception {
		_login(DIRECTOR_ID);

		_service.approveAsParty(13, "", _serviceContext);

		verify(_agreementLocalService).approveAsParty(DIRECTOR_ID, 13, "", _serviceContext);

		assertThrows(PrincipalException.class, () -> _service.approveAsParty(11, "", _serviceContext));
	}

	@Test
	void coordinatorsApproveReturnAndTerminateInTheirSite() throws Exception {
		_login(DIRECTOR_ID);

		assertThrows(PrincipalException.class, () -> _service.approveAsCoordinator(2, null, _serviceContext));

		_login(COORDINATOR_ID);

		assertThrows(PrincipalException.class, () -> _service.approveAsCoordinator(2, null, _serviceContext));
		assertThrows(PrincipalException.class, () -> _service.getAgreement(2));

		_grant(CooperationConstants.RESOURCE_NAME, GROUP_ID, CooperationActionKeys.APPROVE_AS_COORDINATOR);

		_service.approveAsCoordinator(2, "Согласовано", _serviceContext);
		_service.returnToDraft(2, "Уточнить", _serviceContext);
		_service.terminateAgreement(1, "Реорганизация", LocalDate.of(2026, 1, 10), _serviceContext);

		verify(_agreementLocalService).approveAsCoordinator(COORDINATOR_ID, 2, "Согласовано", _serviceContext);
		verify(_agreementLocalService).returnToDraft(COORDINATOR_ID, 2, "Уточнить", _serviceContext);
		verify(_agreementLocalService).terminateAgreement(
			COORDINATOR_ID, 1, "Реорганизация", LocalDate.of(2026, 1, 10), _serviceContext);

		// Editing stays with the parties

		assertThrows(PrincipalException.class, () -> _service.updateAgreement(2, null, _serviceContext));
	}

	@Test
	void theNetworkIsForCoordinatorsTheRegionForThoseOfEveryMunicipality() throws Exception {
		ru.opora.schools.model.School school20 = mock(ru.opora.schools.model.School.class);
		ru.opora.schools.model.School school21 = mock(ru.opora.schools.model.School.class);

		when(school20.getGroupId()).thenReturn(GROUP_ID);
		when(school21.getGroupId()).thenReturn(21L);
		when(_schoolLocalService.getCompanySchools(1)).thenReturn(List.of(school20, school21));

		_login(COORDINATOR_ID);

		assertThrows(PrincipalException.class, () -> _service.getNetwork(GROUP_ID, false, LocalDate.of(2026, 3, 1)));

		_grant(CooperationConstants.RESOURCE_NAME, GROUP_ID, CooperationActionKeys.VIEW_ALL_AGREEMENTS);

		_service.getNetwork(GROUP_ID, false, LocalDate.of(2026, 3, 1));

		assertThrows(PrincipalException.class, () -> _service.getNetwork(GROUP_ID, true, LocalDate.of(2026, 3, 1)));

		_grant(CooperationConstants.RESOURCE_NAME, 21, CooperationActionKeys.VIEW_ALL_AGREEMENTS);

		_service.getNetwork(GROUP_ID, true, LocalDate.of(2026, 3, 1));

		verify(_agreementLocalService).getCompanyAgreements(1);
	}

	@Test
	void everybodySeesPublicSummariesOfAgreementsInForceOnly() throws Exception {
		_login(OTHER_ID);

		when(_agreementLocalService.getGroupAgreements(GROUP_ID)).thenReturn(List.of(_agreements.get(1L), _agreements.get(2L)));
		when(_agreementLocalService.getAgreementData(1)).thenReturn(_data(1, 3));

		List<AgreementSummary> summaries = _service.getPublicSummaries(GROUP_ID);

		assertEquals(1, summaries.size());
		assertEquals("СВ-1", summaries.get(0).getNumber());
		assertEquals(List.of("Школа 1", "Школа 3"), summaries.get(0).getPartyNames());
	}

	@Test
	void partyLogicAnswersOnlyForItsOwnActions() {
		CooperationAgreementPartyPermissionLogic logic = new CooperationAgreementPartyPermissionLogic(
			_partyLocalService, _partyDirectors, mock(PortletResourcePermission.class), _schoolLocalService);

		PermissionChecker director = mock(PermissionChecker.class);

		when(director.getUserId()).thenReturn(DIRECTOR_ID);

		assertEquals(Boolean.TRUE, logic.contains(director, null, _agreements.get(2L), ActionKeys.UPDATE));
		assertEquals(null, logic.contains(director, null, _agreements.get(2L), ActionKeys.PERMISSIONS));

		PermissionChecker guest = mock(PermissionChecker.class);

		assertEquals(null, logic.contains(guest, null, _agreements.get(2L), ActionKeys.VIEW));
	}

	private static CooperationAgreement _agreement(long id, String status) {
		CooperationAgreement agreement = new CooperationAgreementImpl();

		agreement.setAgreementId(id);
		agreement.setGroupId(GROUP_ID);
		agreement.setCompanyId(1);
		agreement.setUserId(AUTHOR_ID);
		agreement.setNumber("СВ-" + id);
		agreement.setKind("partnership");
		agreement.setStatus(status);

		return agreement;
	}

	private static AgreementData _data(long... schoolIds) {
		List<PartyData> parties = new java.util.ArrayList<>();

		for (long schoolId : schoolIds) {
			parties.add(
				new PartyData(
					PartyRef.school(schoolId),
					new Requisites(
						"Школа " + schoolId, "", "адрес", "7707083893", "1027700132195", "Иванова", "директор",
						"Устав")));
		}

		return new AgreementData(
			"СВ-1", LocalDate.of(2025, 8, 25), AgreementKind.PARTNERSHIP, "Сотрудничество",
			new AgreementTerm(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), false, 0), parties, List.of(),
			List.of());
	}

	private static AgreementParty _party(long id, long agreementId, long schoolId) {
		AgreementParty party = new AgreementPartyImpl();

		party.setAgreementPartyId(id);
		party.setAgreementId(agreementId);
		party.setSchoolId(schoolId);
		party.setFullName("Школа " + schoolId);

		return party;
	}

	private void _grant(String name, long primKey, String actionId) {
		_permissions.grant(name, primKey, actionId);
	}

	private void _login(long userId) {
		_permissions.login(userId, 1L);
	}

	private final CooperationAgreementLocalService _agreementLocalService = mock(CooperationAgreementLocalService.class);
	private final Map<Long, CooperationAgreement> _agreements = new LinkedHashMap<>();
	private final PartyDirectors _partyDirectors = mock(PartyDirectors.class);
	private final AgreementPartyLocalService _partyLocalService = mock(AgreementPartyLocalService.class);
	private final GrantedPermissions _permissions = new GrantedPermissions();
	private final AgreementProgrammeLocalService _programmeLocalService = mock(AgreementProgrammeLocalService.class);
	private final SchoolGroupsLoader _schoolGroupsLoader = mock(SchoolGroupsLoader.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final CooperationAgreementServiceImpl _service = new CooperationAgreementServiceImpl();
	private final ServiceContext _serviceContext = new ServiceContext();

}
