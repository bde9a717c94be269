package ru.opora.cooperation.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.model.impl.CooperationAgreementImpl;
import ru.opora.cooperation.service.CooperationAgreementLocalService;
import ru.opora.cooperation.util.CooperationDates;
import ru.opora.domain.cooperation.ExpiryAlert;
import ru.opora.testing.Fields;

/** The daily job: each agreement's step, then its alert, once; a failure does not stop the others. */
class CooperationDailyJobTest {

	static final LocalDate TODAY = LocalDate.of(2026, 8, 1);

	@BeforeEach
	void setUp() throws Exception {
		_stored.put(1L, _agreement(1, "active", TODAY.plusDays(30), null));
		_stored.put(2L, _agreement(2, "active", TODAY.plusDays(30), "days-30"));
		_stored.put(3L, _agreement(3, "signed", TODAY.plusDays(5), "days-30"));
		_stored.put(4L, _agreement(4, "active", TODAY.plusDays(90), null));
		_stored.put(5L, _agreement(5, "expired", TODAY.minusDays(1), "days-7"));

		when(_localService.getAgreementsByStatus(anyString())).thenAnswer(
			invocation -> _stored.values().stream().filter(
				agreement -> agreement.getStatus().equals(invocation.getArgument(0))
			).collect(
				java.util.stream.Collectors.toList()
			));
		when(_localService.getCooperationAgreement(anyLong())).thenAnswer(
			invocation -> _stored.get((Long)invocation.getArgument(0)));

		Fields.set(_job, "_cooperationAgreementLocalService", _localService);
		Fields.set(_job, "_cooperationNotifications", _notifications);
	}

	@Test
	void eachDueAlertIsSentOnceAndRecorded() throws Exception {
		assertEquals(3, _job.run(TODAY));

		verify(_notifications).expiryAlert(_stored.get(1L), ExpiryAlert.DAYS_30);
		verify(_notifications).expiryAlert(_stored.get(3L), ExpiryAlert.DAYS_7);
		verify(_notifications).expiryAlert(_stored.get(5L), ExpiryAlert.EXPIRED);
		verify(_notifications, never()).expiryAlert(eq(_stored.get(2L)), any());
		verify(_notifications, never()).expiryAlert(eq(_stored.get(4L)), any());

		verify(_localService).markAlertSent(1, "days-30");
		verify(_localService).markAlertSent(3, "days-7");
		verify(_localService).markAlertSent(5, "expired");

		for (long agreementId = 1; agreementId <= 5; agreementId++) {
			verify(_localService).runDailyStep(agreementId, TODAY);
		}
	}

	@Test
	void oneFailureDoesNotStopTheOthers() throws Exception {
		doThrow(new IllegalStateException("mail down")).when(_notifications).expiryAlert(_stored.get(1L), ExpiryAlert.DAYS_30);

		assertEquals(2, _job.run(TODAY));

		verify(_localService, never()).markAlertSent(1, "days-30");
		verify(_localService).markAlertSent(3, "days-7");
	}

	private static CooperationAgreement _agreement(long id, String status, LocalDate end, String lastAlert) {
		CooperationAgreement agreement = new CooperationAgreementImpl();

		agreement.setAgreementId(id);
		agreement.setStatus(status);
		agreement.setStartDate(CooperationDates.toDate(LocalDate.of(2025, 9, 1)));
		agreement.setEndDate(CooperationDates.toDate(end));
		agreement.setLastAlert(lastAlert);

		return agreement;
	}

	private final CooperationDailyJob _job = new CooperationDailyJob();
	private final CooperationAgreementLocalService _localService = mock(CooperationAgreementLocalService.class);
	private final CooperationNotifications _notifications = mock(CooperationNotifications.class);
	private final Map<Long, CooperationAgreement> _stored = new HashMap<>();

}
