package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;
import ru.opora.schools.configuration.SchoolsRegionConfiguration;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * The region site lists every municipality's schools, each identified against
 * its own municipality, by its own rules.
 */
public class RegionSchoolsTest {

	/** A configuration provider whose region site has the given friendly URL. */
	public static ConfigurationProvider configurationProvider(String regionFriendlyURL) {
		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);
		SchoolsRegionConfiguration configuration = mock(SchoolsRegionConfiguration.class);

		when(configuration.regionSiteFriendlyURL()).thenReturn(regionFriendlyURL);

		try {
			when(
				configurationProvider.getCompanyConfiguration(SchoolsRegionConfiguration.class, COMPANY_ID)
			).thenReturn(
				configuration
			);
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}

		return configurationProvider;
	}

	@Test
	void theRegionSiteListsEveryMunicipalityEachByItsOwnMeansAndRules() throws Exception {

		// Two municipalities: the same weak school is low next to a strong one, not next to a weak one

		School strongA = _school(1, 101, "Гимназия А", "a1");
		School weakA = _school(2, 101, "СОШ А", "a2");
		School weakB = _school(3, 102, "СОШ Б", "b1");
		School weakerB = _school(4, 102, "ООШ Б", "b2");

		when(_schoolService.getCompanySchools(COMPANY_ID)).thenReturn(List.of(strongA, weakA, weakB, weakerB));
		when(_schoolService.getIdentificationRules(101)).thenReturn(IdentificationRules.defaults());
		when(
			_schoolService.getIdentificationRules(102)
		).thenReturn(
			IdentificationRules.defaults().toBuilder().lowQualityGapPoints(50).build()
		);

		_results(1, 2, 4, 14, 10);
		_results(2, 3, 10, 6, 1);
		_results(3, 3, 10, 6, 1);
		_results(4, 3, 12, 5, 0);

		SiteSchools siteSchools = SiteSchools.forPage(
			_themeDisplay("/region"), configurationProvider("/region"), groupId -> "МО " + groupId, _schoolService,
			_assessmentResultService, _schoolContextService);

		assertTrue(siteSchools.isRegion());
		assertEquals(
			List.of(1L, 2L, 3L, 4L),
			siteSchools.getSummaries().stream().map(SchoolSummary::getSchoolId).collect(Collectors.toList()));
		assertEquals("МО 102", siteSchools.getMunicipalityName(102));

		Map<Long, Set<ru.opora.domain.identification.Group>> groups = siteSchools.getSummaries().stream().collect(
			Collectors.toMap(SchoolSummary::getSchoolId, SchoolSummary::getGroups));

		assertTrue(groups.get(2L).contains(ru.opora.domain.identification.Group.LOW_RESULTS), groups.toString());
		assertFalse(groups.get(3L).contains(ru.opora.domain.identification.Group.LOW_RESULTS), groups.toString());
		verify(_schoolService, never()).getGroupSchools(anyLong());

		// The Excel export of the region starts with the municipality

		Translator translator = mock(Translator.class);

		when(translator.get(org.mockito.ArgumentMatchers.anyString())).thenAnswer(invocation -> invocation.getArgument(0));

		SchoolsTable schoolsTable = new SchoolsTable(translator, siteSchools);

		assertEquals("opora-municipality", schoolsTable.getHeaders().get(0));
		assertEquals("МО 102", schoolsTable.getRows(siteSchools.getSummaries()).get(2).get(0));
		assertEquals("СОШ Б", schoolsTable.getRows(siteSchools.getSummaries()).get(2).get(1));
	}

	@Test
	void anyOtherSiteListsItsOwnSchools() throws Exception {
		School school = _school(1, 101, "Гимназия А", "a1");

		when(_schoolService.getGroupSchools(101)).thenReturn(List.of(school));
		when(_schoolService.getIdentificationRules(101)).thenReturn(IdentificationRules.defaults());

		SiteSchools siteSchools = SiteSchools.forPage(
			_themeDisplay("/ivanteevka"), configurationProvider("/region"), groupId -> "", _schoolService,
			_assessmentResultService, _schoolContextService);

		assertFalse(siteSchools.isRegion());
		assertEquals(1, siteSchools.getSummaries().size());
		verify(_schoolService, never()).getCompanySchools(anyLong());
	}

	private void _results(long schoolId, int marks2, int marks3, int marks4, int marks5) throws Exception {
		AssessmentResult result = mock(AssessmentResult.class);

		when(
			result.toResultFigures()
		).thenReturn(
			new ResultFigures(
				AssessmentType.VPR, 2024, 5, "Математика", marks2 + marks3 + marks4 + marks5, marks2, marks3, marks4,
				marks5, null, null)
		);
		when(_assessmentResultService.getSchoolAssessmentResults(schoolId)).thenReturn(List.of(result));
	}

	private static School _school(long schoolId, long groupId, String name, String login) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getGroupId()).thenReturn(groupId);
		when(school.getName()).thenReturn(name);
		when(
			school.toSchoolData()
		).thenReturn(
			new SchoolData(
				schoolId, name, null, null, SettlementType.RURAL, SchoolLevel.SECONDARY, false, 0, null, null, null,
				null, login, SchoolStatus.ACTIVE)
		);

		return school;
	}

	private static ThemeDisplay _themeDisplay(String friendlyURL) {
		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);
		Group group = mock(Group.class);

		when(group.getFriendlyURL()).thenReturn(friendlyURL);
		when(themeDisplay.getScopeGroup()).thenReturn(group);
		when(themeDisplay.getScopeGroupId()).thenReturn(101L);
		when(themeDisplay.getCompanyId()).thenReturn(COMPANY_ID);

		return themeDisplay;
	}

	private static final long COMPANY_ID = 20097;

	private final AssessmentResultService _assessmentResultService = mock(AssessmentResultService.class);
	private final SchoolContextService _schoolContextService = mock(SchoolContextService.class);
	private final SchoolService _schoolService = mock(SchoolService.class);

}
