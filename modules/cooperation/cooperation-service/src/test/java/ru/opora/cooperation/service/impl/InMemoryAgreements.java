package ru.opora.cooperation.service.impl;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.mockito.stubbing.Answer;

import ru.opora.cooperation.configuration.CooperationGroupConfiguration;
import ru.opora.cooperation.internal.notifications.CooperationNotifications;
import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementResource;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.model.impl.AgreementHistoryImpl;
import ru.opora.cooperation.model.impl.AgreementModuleImpl;
import ru.opora.cooperation.model.impl.AgreementPartyImpl;
import ru.opora.cooperation.model.impl.AgreementProgrammeImpl;
import ru.opora.cooperation.model.impl.AgreementResourceImpl;
import ru.opora.cooperation.model.impl.CooperationAgreementImpl;
import ru.opora.cooperation.service.persistence.AgreementHistoryPersistence;
import ru.opora.cooperation.service.persistence.AgreementModulePersistence;
import ru.opora.cooperation.service.persistence.AgreementPartyPersistence;
import ru.opora.cooperation.service.persistence.AgreementProgrammePersistence;
import ru.opora.cooperation.service.persistence.AgreementResourcePersistence;
import ru.opora.cooperation.service.persistence.CooperationAgreementPersistence;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/**
 * The local service wired to mocked persistences that keep rows in maps, as
 * the OSGi runtime and the database would: every test sees what the service
 * really stored.
 */
final class InMemoryAgreements {

	static final long COMPANY_ID = 1;

	static final long GROUP_ID = 20;

	static final long USER_ID = 7;

	InMemoryAgreements() throws Exception {
		when(_counterLocalService.increment(anyString())).thenAnswer(invocation -> _counter.incrementAndGet());

		when(_agreementPersistence.create(anyLong())).thenAnswer(_creator(CooperationAgreementImpl::new, CooperationAgreement::setAgreementId));
		when(_agreementPersistence.update(any())).thenAnswer(_updater(agreements, CooperationAgreement::getAgreementId));
		when(_agreementPersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(agreements));
		when(_agreementPersistence.findByRootAgreementId(anyLong())).thenAnswer(
			invocation -> _select(agreements, a -> a.getRootAgreementId() == (Long)invocation.getArgument(0)));
		when(_agreementPersistence.findByStatus(anyString())).thenAnswer(
			invocation -> _select(agreements, a -> a.getStatus().equals(invocation.getArgument(0))));
		when(_agreementPersistence.findByGroupId(anyLong())).thenAnswer(
			invocation -> _select(agreements, a -> a.getGroupId() == (Long)invocation.getArgument(0)));
		when(_agreementPersistence.fetchByPrimaryKey(anyLong())).thenAnswer(
			invocation -> agreements.get((Long)invocation.getArgument(0)));
		doAnswer(
			invocation -> agreements.remove(((CooperationAgreement)invocation.getArgument(0)).getAgreementId())
		).when(
			_agreementPersistence
		).remove(
			any(CooperationAgreement.class)
		);

		when(_partyPersistence.create(anyLong())).thenAnswer(_creator(AgreementPartyImpl::new, AgreementParty::setAgreementPartyId));
		when(_partyPersistence.update(any())).thenAnswer(_updater(parties, AgreementParty::getAgreementPartyId));
		when(_partyPersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(parties));
		when(_partyPersistence.findByAgreementId(anyLong())).thenAnswer(
			invocation -> _select(parties, p -> p.getAgreementId() == (Long)invocation.getArgument(0)));
		when(_partyPersistence.findBySchoolId(anyLong())).thenAnswer(
			invocation -> _select(parties, p -> p.getSchoolId() == (Long)invocation.getArgument(0)));
		doAnswer(
			invocation -> parties.values().removeIf(p -> p.getAgreementId() == (Long)invocation.getArgument(0))
		).when(
			_partyPersistence
		).removeByAgreementId(
			anyLong()
		);

		when(_programmePersistence.create(anyLong())).thenAnswer(_creator(AgreementProgrammeImpl::new, AgreementProgramme::setAgreementProgrammeId));
		when(_programmePersistence.update(any())).thenAnswer(_updater(programmes, AgreementProgramme::getAgreementProgrammeId));
		when(_programmePersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(programmes));
		when(_programmePersistence.findByAgreementId(anyLong())).thenAnswer(
			invocation -> _select(programmes, p -> p.getAgreementId() == (Long)invocation.getArgument(0)));
		doAnswer(
			invocation -> programmes.values().removeIf(p -> p.getAgreementId() == (Long)invocation.getArgument(0))
		).when(
			_programmePersistence
		).removeByAgreementId(
			anyLong()
		);

		when(_modulePersistence.create(anyLong())).thenAnswer(_creator(AgreementModuleImpl::new, AgreementModule::setAgreementModuleId));
		when(_modulePersistence.update(any())).thenAnswer(_updater(modules, AgreementModule::getAgreementModuleId));
		when(_modulePersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(modules));
		when(_modulePersistence.findByAgreementId(anyLong())).thenAnswer(
			invocation -> _select(modules, m -> m.getAgreementId() == (Long)invocation.getArgument(0)));
		doAnswer(
			invocation -> modules.values().removeIf(m -> m.getAgreementId() == (Long)invocation.getArgument(0))
		).when(
			_modulePersistence
		).removeByAgreementId(
			anyLong()
		);

		when(_resourcePersistence.create(anyLong())).thenAnswer(_creator(AgreementResourceImpl::new, AgreementResource::setAgreementResourceId));
		when(_resourcePersistence.update(any())).thenAnswer(_updater(resources, AgreementResource::getAgreementResourceId));
		when(_resourcePersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(resources));
		when(_resourcePersistence.findByAgreementId(anyLong())).thenAnswer(
			invocation -> _select(resources, r -> r.getAgreementId() == (Long)invocation.getArgument(0)));
		doAnswer(
			invocation -> resources.values().removeIf(r -> r.getAgreementId() == (Long)invocation.getArgument(0))
		).when(
			_resourcePersistence
		).removeByAgreementId(
			anyLong()
		);

		when(_historyPersistence.create(anyLong())).thenAnswer(_creator(AgreementHistoryImpl::new, AgreementHistory::setAgreementHistoryId));
		when(_historyPersistence.update(any())).thenAnswer(_updater(history, AgreementHistory::getAgreementHistoryId));
		when(_historyPersistence.findByPrimaryKey(anyLong())).thenAnswer(_finder(history));
		when(_historyPersistence.findByAgreementId(anyLong())).thenAnswer(
			invocation -> _select(history, h -> h.getAgreementId() == (Long)invocation.getArgument(0)));

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(USER_ID);
		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Иванова Мария Петровна");
		when(_userLocalService.getUser(anyLong())).thenReturn(user);

		when(_schoolLocalService.fetchSchool(anyLong())).thenAnswer(
			invocation -> ((Long)invocation.getArgument(0) < 100) ? mock(School.class) : null);
		when(_organizationLocalService.fetchOrganization(anyLong())).thenAnswer(
			invocation -> ((Long)invocation.getArgument(0) >= 500) ? mock(Organization.class) : null);

		when(_configurationProvider.getGroupConfiguration(CooperationGroupConfiguration.class, GROUP_ID)).thenAnswer(
			invocation -> {
				CooperationGroupConfiguration configuration = mock(CooperationGroupConfiguration.class);

				when(configuration.coordinatorApprovalRequired()).thenReturn(coordinatorRequired);

				return configuration;
			});

		Fields.set(service, "cooperationAgreementPersistence", _agreementPersistence);
		Fields.set(service, "agreementPartyPersistence", _partyPersistence);
		Fields.set(service, "agreementProgrammePersistence", _programmePersistence);
		Fields.set(service, "agreementModulePersistence", _modulePersistence);
		Fields.set(service, "agreementResourcePersistence", _resourcePersistence);
		Fields.set(service, "agreementHistoryPersistence", _historyPersistence);
		Fields.set(service, "counterLocalService", _counterLocalService);
		Fields.set(service, "userLocalService", _userLocalService);
		Fields.set(service, "resourceLocalService", resourceLocalService);
		Fields.set(service, "_configurationProvider", _configurationProvider);
		Fields.set(service, "_cooperationNotifications", notifications);
		Fields.set(service, "_organizationLocalService", _organizationLocalService);
		Fields.set(service, "_schoolLocalService", _schoolLocalService);
	}

	/** The history steps of an agreement, oldest first. */
	List<String> steps(long agreementId) {
		return _select(
			history, h -> h.getAgreementId() == agreementId
		).stream(
		).map(
			AgreementHistory::getStep
		).collect(
			Collectors.toList()
		);
	}

	final Map<Long, CooperationAgreement> agreements = new LinkedHashMap<>();
	boolean coordinatorRequired;
	final Map<Long, AgreementHistory> history = new LinkedHashMap<>();
	final Map<Long, AgreementModule> modules = new LinkedHashMap<>();
	final CooperationNotifications notifications = mock(CooperationNotifications.class);
	final Map<Long, AgreementParty> parties = new LinkedHashMap<>();
	final Map<Long, AgreementProgramme> programmes = new LinkedHashMap<>();
	final ResourceLocalService resourceLocalService = mock(ResourceLocalService.class);
	final Map<Long, AgreementResource> resources = new LinkedHashMap<>();
	final CooperationAgreementLocalServiceImpl service = new CooperationAgreementLocalServiceImpl();

	private static <T> List<T> _select(Map<Long, T> rows, Predicate<T> predicate) {
		List<T> selected = new ArrayList<>();

		for (T row : rows.values()) {
			if (predicate.test(row)) {
				selected.add(row);
			}
		}

		return selected;
	}

	private static <T> Answer<T> _creator(Supplier<T> factory, BiConsumer<T, Long> setId) {
		return invocation -> {
			T row = factory.get();

			setId.accept(row, invocation.getArgument(0));

			return row;
		};
	}

	private static <T> Answer<T> _finder(Map<Long, T> rows) {
		return invocation -> {
			T row = rows.get((Long)invocation.getArgument(0));

			if (row == null) {
				throw new NoSuchModelException(String.valueOf((Object)invocation.getArgument(0)));
			}

			return row;
		};
	}

	private static <T> Answer<T> _updater(Map<Long, T> rows, Function<T, Long> getId) {
		return invocation -> {
			T row = invocation.getArgument(0);

			rows.put(getId.apply(row), row);

			return row;
		};
	}

	private final CooperationAgreementPersistence _agreementPersistence = mock(CooperationAgreementPersistence.class);
	private final ConfigurationProvider _configurationProvider = mock(ConfigurationProvider.class);
	private final AtomicLong _counter = new AtomicLong(1000);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final AgreementHistoryPersistence _historyPersistence = mock(AgreementHistoryPersistence.class);
	private final AgreementModulePersistence _modulePersistence = mock(AgreementModulePersistence.class);
	private final OrganizationLocalService _organizationLocalService = mock(OrganizationLocalService.class);
	private final AgreementPartyPersistence _partyPersistence = mock(AgreementPartyPersistence.class);
	private final AgreementProgrammePersistence _programmePersistence = mock(AgreementProgrammePersistence.class);
	private final AgreementResourcePersistence _resourcePersistence = mock(AgreementResourcePersistence.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
