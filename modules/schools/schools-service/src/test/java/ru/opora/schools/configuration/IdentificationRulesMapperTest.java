package ru.opora.schools.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import aQute.bnd.annotation.metatype.Meta;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.WellBeingShare;

class IdentificationRulesMapperTest {

	@Test
	void aSiteWithoutSettingsGetsTheDomainDefaults() {
		SchoolsIdentificationConfiguration configuration = _configuration(new Hashtable<>());

		assertEquals(IdentificationRules.defaults(), IdentificationRulesMapper.toRules(configuration));
	}

	@Test
	void savedRulesReadBackUnchanged() {
		IdentificationRules rules = IdentificationRules.defaults(
		).toBuilder(
		).lowShareBelowThreshold(
			25
		).lowScoreGapPoints(
			15
		).wellBeingThreshold(
			55
		).wellBeingWeight(
			WellBeingShare.PARENT_HIGHER_EDUCATION, 1
		).wellBeingSaturation(
			WellBeingShare.DEVIANT_REGISTERED, 15
		).wellBeingWeight(
			WellBeingShare.NON_NATIVE_RUSSIAN, 0.5
		).highRequiresObjectiveResults(
			false
		).minParticipants(
			8
		).build();

		assertNotEquals(IdentificationRules.defaults(), rules);

		Dictionary<String, Object> properties = IdentificationRulesMapper.toProperties(rules);

		assertEquals(SchoolsIdentificationConfiguration.class.getMethods().length, properties.size());

		SchoolsIdentificationConfiguration configuration = _configuration(properties);

		assertEquals(rules, IdentificationRulesMapper.toRules(configuration));
	}

	/**
	 * The configuration as the portal would build it: stored properties, else
	 * the {@code deflt} of each attribute.
	 */
	private static SchoolsIdentificationConfiguration _configuration(Dictionary<String, Object> properties) {
		return (SchoolsIdentificationConfiguration)Proxy.newProxyInstance(
			SchoolsIdentificationConfiguration.class.getClassLoader(),
			new Class<?>[] {SchoolsIdentificationConfiguration.class},
			(proxy, method, arguments) -> {
				Object value = properties.get(method.getName());

				return (value != null) ? value : _default(method);
			});
	}

	private static Object _default(Method method) {
		String deflt = method.getAnnotation(Meta.AD.class).deflt();

		if (method.getReturnType() == int.class) {
			return Integer.valueOf(deflt);
		}

		if (method.getReturnType() == double.class) {
			return Double.valueOf(deflt);
		}

		return Boolean.valueOf(deflt);
	}

}
