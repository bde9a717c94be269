package ru.opora.schools.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.liferay.portal.configuration.metatype.bnd.util.ConfigurableUtil;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.WellBeingShare;

class IdentificationRulesMapperTest {

	@Test
	void aSiteWithoutSettingsGetsTheDomainDefaults() {
		SchoolsIdentificationConfiguration configuration = ConfigurableUtil.createConfigurable(
			SchoolsIdentificationConfiguration.class, Collections.emptyMap());

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
		).highRequiresObjectiveResults(
			false
		).minParticipants(
			8
		).build();

		assertNotEquals(IdentificationRules.defaults(), rules);

		SchoolsIdentificationConfiguration configuration = ConfigurableUtil.createConfigurable(
			SchoolsIdentificationConfiguration.class, IdentificationRulesMapper.toProperties(rules));

		assertEquals(rules, IdentificationRulesMapper.toRules(configuration));
	}

}
