package ru.opora.portal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

class UserDatesTest {

	@Test
	void todayIsTheUsersToday() {
		ThemeDisplay kamchatka = mock(ThemeDisplay.class);
		ThemeDisplay kaliningrad = mock(ThemeDisplay.class);

		when(kamchatka.getTimeZone()).thenReturn(TimeZone.getTimeZone("Asia/Kamchatka"));
		when(kaliningrad.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Kaliningrad"));

		LocalDate east = UserDates.today(kamchatka);
		LocalDate west = UserDates.today(kaliningrad);

		assertEquals(LocalDate.now(ZoneId.of("Asia/Kamchatka")), east);
		assertEquals(LocalDate.now(ZoneId.of("Europe/Kaliningrad")), west);
		assertTrue(!east.isBefore(west), "UTC+12 is never a day behind UTC+2");
	}

	@Test
	void withoutAZoneItIsUtc() {
		assertEquals(LocalDate.now(ZoneOffset.UTC), UserDates.today(mock(ThemeDisplay.class)));
	}

}
