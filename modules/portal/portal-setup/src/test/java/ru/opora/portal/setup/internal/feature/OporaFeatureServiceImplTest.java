package ru.opora.portal.setup.internal.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.portal.configuration.OporaCompanyConfiguration;
import ru.opora.portal.configuration.OporaSiteConfiguration;
import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;

/**
 * Defaults and overrides, system → company (region) → group (municipality),
 * with a ConfigurationProvider that layers stored values the way Liferay's
 * does for one PID (the company configuration falls back to the System
 * Settings values, then to the declared defaults) and builds the typed
 * configuration with bnd's Configurable, which Liferay's ConfigurableUtil
 * wraps (the wrapper itself needs the portal's properties).
 */
class OporaFeatureServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Group municipality = mock(Group.class);
		Group otherMunicipality = mock(Group.class);

		when(municipality.getCompanyId()).thenReturn(COMPANY_ID);
		when(otherMunicipality.getCompanyId()).thenReturn(COMPANY_ID);
		when(_groupLocalService.getGroup(GROUP_ID)).thenReturn(municipality);
		when(_groupLocalService.getGroup(OTHER_GROUP_ID)).thenReturn(otherMunicipality);

		when(
			_configurationProvider.getCompanyConfiguration(eq(OporaCompanyConfiguration.class), anyLong())
		).thenAnswer(
			invocation -> {
				Map<String, Object> properties = new HashMap<>(_system);

				properties.putAll(_company);

				return Configurable.createConfigurable(OporaCompanyConfiguration.class, properties);
			}
		);
		when(
			_configurationProvider.getGroupConfiguration(eq(OporaSiteConfiguration.class), anyLong())
		).thenAnswer(
			invocation -> Configurable.createConfigurable(
				OporaSiteConfiguration.class,
				(invocation.getArgument(1, Long.class) == GROUP_ID) ? _group : Map.of())
		);

		for (Field field : OporaFeatureServiceImpl.class.getDeclaredFields()) {
			field.setAccessible(true);

			if (field.getType() == ConfigurationProvider.class) {
				field.set(_service, _configurationProvider);
			}
			else if (field.getType() == GroupLocalService.class) {
				field.set(_service, _groupLocalService);
			}
		}
	}

	@Test
	void declaredDefaultsAreTheSystemDefaults() throws Exception {
		for (OporaFeature feature : OporaFeature.values()) {
			assertTrue(_service.isEnabled(GROUP_ID, feature), feature.name());
		}

		assertEquals(2, _service.getCuratorCapacity(GROUP_ID));
		assertEquals(3, _service.getMaxPriorityFactors(GROUP_ID));

		OporaSiteConfiguration site = Configurable.createConfigurable(OporaSiteConfiguration.class, Map.of());

		assertEquals("inherit", site.schools());
		assertEquals("inherit", site.riskProfiles());
		assertEquals(0, site.curatorCapacity());
		assertEquals(0, site.maxPriorityFactors());
	}

	@Test
	void systemSettingsChangeEveryRegionAndMunicipality() throws Exception {
		_system.put("mentoringEnabled", "false");
		_system.put("curatorCapacity", "4");

		assertFalse(_service.isEnabled(GROUP_ID, OporaFeature.MENTORING));
		assertTrue(_service.isEnabled(GROUP_ID, OporaFeature.SCHOOLS));
		assertEquals(4, _service.getCuratorCapacity(GROUP_ID));
		assertEquals(4, _service.getCuratorCapacity(OTHER_GROUP_ID));
		assertEquals(3, _service.getMaxPriorityFactors(GROUP_ID));
	}

	@Test
	void regionOverridesTheSystem() throws Exception {
		_system.put("curatorCapacity", "4");
		_system.put("diagnosticsEnabled", "false");
		_company.put("curatorCapacity", "3");
		_company.put("diagnosticsEnabled", "true");
		_company.put("monitoringEnabled", "false");
		_company.put("maxPriorityFactors", "5");

		assertEquals(3, _service.getCuratorCapacity(GROUP_ID));
		assertEquals(5, _service.getMaxPriorityFactors(GROUP_ID));
		assertTrue(_service.isEnabled(GROUP_ID, OporaFeature.DIAGNOSTICS));
		assertFalse(_service.isEnabled(GROUP_ID, OporaFeature.MONITORING));
	}

	@Test
	void municipalityOverridesTheRegionOnlyWhereItSaysSo() throws Exception {
		// The region keeps new parts off until a municipality is ready for them.

		_company.put("riskProfilesEnabled", "false");
		_company.put("cooperationEnabled", "false");
		_company.put("curatorCapacity", "3");

		_group.put("riskProfiles", "enabled");
		_group.put("schools", "disabled");
		_group.put("cooperation", "inherit");
		_group.put("curatorCapacity", "1");

		assertTrue(_service.isEnabled(GROUP_ID, OporaFeature.RISK_PROFILES));
		assertFalse(_service.isEnabled(GROUP_ID, OporaFeature.SCHOOLS));
		assertFalse(_service.isEnabled(GROUP_ID, OporaFeature.COOPERATION));
		assertTrue(_service.isEnabled(GROUP_ID, OporaFeature.MENTORING));
		assertEquals(1, _service.getCuratorCapacity(GROUP_ID));
		assertEquals(3, _service.getMaxPriorityFactors(GROUP_ID));

		// Another municipality of the region still follows the region.

		assertFalse(_service.isEnabled(OTHER_GROUP_ID, OporaFeature.RISK_PROFILES));
		assertTrue(_service.isEnabled(OTHER_GROUP_ID, OporaFeature.SCHOOLS));
		assertEquals(3, _service.getCuratorCapacity(OTHER_GROUP_ID));
	}

	@Test
	void zeroNegativeOrUnknownSiteValuesMeanTheRegionsValue() throws Exception {
		_company.put("maxPriorityFactors", "4");
		_company.put("mentoringEnabled", "false");
		_group.put("maxPriorityFactors", "-1");
		_group.put("curatorCapacity", "0");
		_group.put("mentoring", "");

		assertEquals(4, _service.getMaxPriorityFactors(GROUP_ID));
		assertEquals(2, _service.getCuratorCapacity(GROUP_ID));
		assertFalse(_service.isEnabled(GROUP_ID, OporaFeature.MENTORING));
	}

	@Test
	void everyFeatureReadsItsOwnSetting() throws Exception {
		String[] siteKeys = {"cooperation", "diagnostics", "mentoring", "monitoring", "riskProfiles", "schools"};

		for (String siteKey : siteKeys) {
			_group.clear();
			_group.put(siteKey, "disabled");

			for (OporaFeature feature : OporaFeature.values()) {
				boolean expectedOff = _siteKey(feature).equals(siteKey);

				assertEquals(!expectedOff, _service.isEnabled(GROUP_ID, feature), feature + " with " + siteKey);
			}
		}

		_group.clear();

		for (OporaFeature feature : OporaFeature.values()) {
			_company.clear();
			_company.put(_siteKey(feature) + "Enabled", "false");

			for (OporaFeature other : OporaFeature.values()) {
				assertEquals(other != feature, _service.isEnabled(GROUP_ID, other), other + " with " + feature + " off");
			}
		}
	}

	@Test
	void disabledFeatureShowsAMessageToSiteAdministratorsOnly() throws Exception {
		_group.put("schools", "disabled");

		PermissionChecker administrator = mock(PermissionChecker.class);
		PermissionChecker member = mock(PermissionChecker.class);

		when(administrator.isGroupAdmin(GROUP_ID)).thenReturn(true);

		FeatureAvailability forAdministrator = FeatureAvailability.of(
			_service, GROUP_ID, OporaFeature.SCHOOLS, administrator);

		assertFalse(forAdministrator.isEnabled());
		assertTrue(forAdministrator.isShowDisabledMessage());
		assertEquals("opora-feature-disabled", forAdministrator.getMessageKey());
		assertEquals("opora-feature-schools", forAdministrator.getFeatureLabelKey());

		FeatureAvailability forMember = FeatureAvailability.of(_service, GROUP_ID, OporaFeature.SCHOOLS, member);

		assertFalse(forMember.isEnabled());
		assertFalse(forMember.isShowDisabledMessage());

		FeatureAvailability enabled = FeatureAvailability.of(_service, GROUP_ID, OporaFeature.MENTORING, administrator);

		assertTrue(enabled.isEnabled());
		assertFalse(enabled.isShowDisabledMessage());
	}

	private static String _siteKey(OporaFeature feature) {
		String[] parts = feature.getKey().split("-");
		StringBuilder sb = new StringBuilder(parts[0]);

		for (int i = 1; i < parts.length; i++) {
			sb.append(Character.toUpperCase(parts[i].charAt(0)));
			sb.append(parts[i].substring(1));
		}

		return sb.toString();
	}

	private static final long COMPANY_ID = 10101;

	private static final long GROUP_ID = 40404;

	private static final long OTHER_GROUP_ID = 50505;

	private final Map<String, Object> _company = new HashMap<>();
	private final ConfigurationProvider _configurationProvider = mock(ConfigurationProvider.class);
	private final Map<String, Object> _group = new HashMap<>();
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final OporaFeatureServiceImpl _service = new OporaFeatureServiceImpl();
	private final Map<String, Object> _system = new HashMap<>();

}
