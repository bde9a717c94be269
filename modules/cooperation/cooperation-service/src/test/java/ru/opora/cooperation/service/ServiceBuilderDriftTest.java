package ru.opora.cooperation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.testing.ServiceBuilderDrift;

/** service.xml is the source: the committed code must be what it generates. */
class ServiceBuilderDriftTest {

	@Test
	void committedCodeMatchesServiceXml() {
		assertEquals(
			List.of(), ServiceBuilderDrift.findFromSystemProperties(),
			"Regenerate with: mvn -pl modules/cooperation/cooperation-service " +
				"com.liferay:com.liferay.portal.tools.service.builder:build");
	}

}
