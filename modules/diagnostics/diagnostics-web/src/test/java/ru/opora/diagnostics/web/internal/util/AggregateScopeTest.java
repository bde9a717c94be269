package ru.opora.diagnostics.web.internal.util;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.service.AttemptService;
import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;
import ru.opora.testing.Fields;

class AggregateScopeTest {

	@Test
	void theRegionIsEverySiteWithSchools() throws Exception {
		AttemptService attemptService = mock(AttemptService.class);
		SchoolService schoolService = mock(SchoolService.class);
		DiagnosticsServices services = new DiagnosticsServices();

		Fields.set(services, "_attemptService", attemptService);
		Fields.set(services, "_schoolService", schoolService);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getCompanyId()).thenReturn(1L);
		when(themeDisplay.getScopeGroupId()).thenReturn(20L);
		List<School> schools = List.of(_school(30), _school(20), _school(30));

		when(schoolService.getCompanySchools(1)).thenReturn(schools);

		Aggregates region = Aggregates.of(List.of());
		Aggregates site = Aggregates.of(List.of());

		when(attemptService.getRegionAggregates(new long[] {20, 30})).thenReturn(region);
		when(attemptService.getAggregates(20)).thenReturn(site);

		assertSame(region, AggregateScope.aggregates(services, themeDisplay, true));
		assertSame(site, AggregateScope.aggregates(services, themeDisplay, false));
		verify(attemptService, never()).getRegionAggregates(new long[] {30, 20, 30});
		verify(attemptService, never()).getAggregates(30);
		verify(schoolService).getCompanySchools(anyLong());
	}

	private static School _school(long groupId) {
		School school = mock(School.class);

		when(school.getGroupId()).thenReturn(groupId);

		return school;
	}

}
