package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.demo.DemoBank;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.CompetenceScore;
import ru.opora.diagnostics.model.Consent;
import ru.opora.diagnostics.model.impl.AttemptImpl;
import ru.opora.diagnostics.model.impl.CompetenceScoreImpl;
import ru.opora.diagnostics.model.impl.ConsentImpl;
import ru.opora.diagnostics.model.impl.DiagnosticSessionImpl;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.service.ItemBankLocalService;
import ru.opora.diagnostics.service.persistence.AttemptPersistence;
import ru.opora.diagnostics.service.persistence.CompetenceScorePersistence;
import ru.opora.diagnostics.service.persistence.ConsentPersistence;
import ru.opora.diagnostics.service.persistence.DiagnosticSessionPersistence;
import ru.opora.domain.diagnostics.Answers;
import ru.opora.domain.diagnostics.ExternalResult;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;

/** The attempt's life: consent, period, draw with the stored seed, autosave, time limit, scoring. */
class AttemptLocalServiceImplTest {

	static final long TEACHER = 101;

	@BeforeEach
	void setUp() throws Exception {
		_session.setDiagnosticSessionId(7);
		_session.setStartDate(_day(2024, 10, 1));
		_session.setEndDate(_day(2024, 10, 31));
		_session.setTimeLimit(60);
		_session.setCompetenceCodes("M-ALG,M-GEO,MT-DIFF,AS-GIA");

		_attempts.put(1L, _attempt(1, 42));
		_attempts.put(2L, _attempt(2, 42));

		when(_attemptPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _attempts.get((Long)invocation.getArgument(0)));
		when(_attemptPersistence.update(any(Attempt.class))).thenAnswer(invocation -> invocation.getArgument(0));
		when(_diagnosticSessionPersistence.findByPrimaryKey(7L)).thenReturn(_session);
		when(_consentPersistence.findByC_U(1L, TEACHER)).thenAnswer(invocation -> _consents);
		when(_competenceScorePersistence.create(anyLong())).thenAnswer(invocation -> new CompetenceScoreImpl());
		when(_competenceScorePersistence.update(any(CompetenceScore.class))).thenAnswer(
			invocation -> {
				_scores.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});
		when(_itemBankLocalService.getBankVersion(1L, 1)).thenReturn(DemoBank.bank());

		User user = mock(User.class);

		when(user.getTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
		when(_userLocalService.fetchUser(TEACHER)).thenReturn(user);

		Fields.set(_service, "attemptPersistence", _attemptPersistence);
		Fields.set(_service, "competenceScorePersistence", _competenceScorePersistence);
		Fields.set(_service, "consentPersistence", _consentPersistence);
		Fields.set(_service, "counterLocalService", mock(CounterLocalService.class));
		Fields.set(_service, "diagnosticSessionPersistence", _diagnosticSessionPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_itemBankLocalService", _itemBankLocalService);
	}

	@Test
	void noStartWithoutConsent() {
		DiagnosticsValidationException exception = assertThrows(
			DiagnosticsValidationException.class, () -> _service.startAttempt(1, _at(2024, 10, 5, 10, 0)));

		assertEquals(List.of(Violation.of("consent", "diagnostics-consent-required")), exception.getViolations());
		assertEquals(DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED, _attempts.get(1L).getStatus());
	}

	@Test
	void startDrawsWithTheStoredSeedAndResumes() throws Exception {
		_consent();

		Attempt first = _service.startAttempt(1, _at(2024, 10, 5, 10, 0));
		Attempt second = _service.startAttempt(2, _at(2024, 10, 6, 10, 0));

		assertEquals(DiagnosticsConstants.ATTEMPT_STATUS_IN_PROGRESS, first.getStatus());
		assertEquals(12, first.getItemCodes().split(",").length, "3 items of each of 4 competences");
		assertEquals(first.getItemCodes(), second.getItemCodes(), "same seed, same bank version, same items");

		String drawn = first.getItemCodes();
		String firstItem = drawn.split(",")[0];

		_service.saveAnswers(1, Map.of(firstItem, "1"), _at(2024, 10, 5, 10, 10));

		Attempt resumed = _service.startAttempt(1, _at(2024, 10, 5, 10, 20));

		assertEquals(drawn, resumed.getItemCodes(), "a resumed attempt keeps its items");
		assertEquals(_at(2024, 10, 5, 10, 0), resumed.getStartDate(), "and its start");
		assertEquals(Map.of(firstItem, "1"), Answers.decode(resumed.getAnswers()));
	}

	@Test
	void onlyInsideTheSessionsPeriod() throws Exception {
		_consent();

		DiagnosticsValidationException exception = assertThrows(
			DiagnosticsValidationException.class, () -> _service.startAttempt(1, _at(2024, 11, 1, 0, 30)));

		assertEquals("diagnostics-session-closed", exception.getViolations().get(0).code());
		assertTrue(_service.startAttempt(1, _at(2024, 10, 31, 23, 30)) != null, "the last day counts");
	}

	@Test
	void autosaveKeepsOnlyDrawnItemsAndTimeOverSubmits() throws Exception {
		_consent();

		Attempt attempt = _service.startAttempt(1, _at(2024, 10, 5, 10, 0));
		String drawnAlgebra = attempt.getItemCodes().split(",")[0];

		_service.saveAnswers(1, Map.of(drawnAlgebra, "12", "NOT-DRAWN", "1"), _at(2024, 10, 5, 10, 30));

		assertEquals(Map.of(drawnAlgebra, "12"), Answers.decode(attempt.getAnswers()));
		assertEquals(1800, _service.getSecondsLeft(attempt, _at(2024, 10, 5, 10, 30)));

		Attempt late = _service.saveAnswers(1, Map.of(drawnAlgebra, "4"), _at(2024, 10, 5, 11, 0));

		assertEquals(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED, late.getStatus());
		assertEquals(DiagnosticsConstants.ATTEMPT_STATUS_COMPLETED, attempt.getStatus(), "submitted with what was saved");
		assertEquals(Map.of(drawnAlgebra, "12"), Answers.decode(attempt.getAnswers()), "the late answer is refused");
		assertEquals(4, _scores.size(), "one score per competence");
	}

	@Test
	void submitScoresPerCompetenceOnTheAttemptsVersion() throws Exception {
		_consent();

		Attempt attempt = _service.startAttempt(1, _at(2024, 10, 5, 10, 0));
		Map<String, String> keys = new HashMap<>();

		for (String code : attempt.getItemCodes().split(",")) {
			if (code.startsWith("M-GEO")) {
				keys.put(code, DemoBank.bank().item(code).key());
			}
		}

		_service.saveAnswers(1, keys, _at(2024, 10, 5, 10, 5));
		_service.submitAttempt(1, _at(2024, 10, 5, 10, 6));

		Map<String, CompetenceScore> byCode = new HashMap<>();

		for (CompetenceScore score : _scores) {
			byCode.put(score.getCompetenceCode(), score);
			assertEquals(1, score.getAttemptId());
			assertEquals(TEACHER, score.getUserId());
		}

		assertEquals(100.0, byCode.get("M-GEO").getPercent());
		assertEquals(65, byCode.get("M-GEO").getThreshold());
		assertEquals(0.0, byCode.get("M-ALG").getPercent());
		assertEquals(3, byCode.get("M-ALG").getItemsUnanswered());
		assertThrows(DiagnosticsValidationException.class, () -> _service.submitAttempt(1, _at(2024, 10, 5, 10, 7)),
			"submitted once");
	}

	@Test
	void consentIsRecordedOnce() throws Exception {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(1L);
		when(_userLocalService.getUser(TEACHER)).thenReturn(user);
		when(_consentPersistence.create(anyLong())).thenAnswer(invocation -> new ConsentImpl());
		when(_consentPersistence.update(any(Consent.class))).thenAnswer(
			invocation -> {
				_consents.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});

		assertFalse(_service.hasConsent(1, TEACHER));

		_service.giveConsent(TEACHER);
		_service.giveConsent(TEACHER);

		assertEquals(1, _consents.size());
		assertTrue(_service.hasConsent(1, TEACHER));
		verify(_competenceScorePersistence, never()).update(any());
	}

	@Test
	void importedResultsAreExternalAttemptsScoredOnTheLatestVersion() throws Exception {
		User user = mock(User.class);
		ItemBank published = mock(ItemBank.class);
		List<Attempt> stored = new ArrayList<>();

		when(user.getCompanyId()).thenReturn(1L);
		when(user.getFullName()).thenReturn("Иванова Мария Петровна");
		when(_userLocalService.getUser(TEACHER)).thenReturn(user);
		when(published.getVersion()).thenReturn(1);
		when(_itemBankLocalService.fetchLatestPublished(1L)).thenReturn(published);
		when(_attemptPersistence.create(anyLong())).thenAnswer(invocation -> new AttemptImpl());
		when(_attemptPersistence.update(any(Attempt.class))).thenAnswer(
			invocation -> {
				stored.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});

		int count = _service.addExternalResults(
			20,
			List.of(
				new ExternalResult(11, TEACHER, "Математика", LocalDate.of(2025, 10, 15), Map.of("M-ALG", 64.5)),
				new ExternalResult(
					11, TEACHER, "Русский язык", LocalDate.of(2025, 10, 16), Map.of("R-ORTH", 80.0, "AS-GIA", 60.0))));

		assertEquals(2, count);
		assertEquals(2, stored.size());
		assertEquals(DiagnosticsConstants.ATTEMPT_STATUS_EXTERNAL, stored.get(0).getStatus());
		assertEquals(20, stored.get(0).getGroupId());
		assertEquals(11, stored.get(0).getSchoolId());
		assertEquals(1, stored.get(0).getBankVersion());
		assertEquals(_day(2025, 10, 15), stored.get(0).getSubmitDate());
		assertEquals("Русский язык", stored.get(1).getSubject());
		assertEquals(3, _scores.size(), "one score per competence given");
		assertEquals(64.5, _scores.get(0).getPercent());
		assertEquals(70, _scores.get(0).getThreshold(), "the threshold of the latest published version");
		assertTrue(_scores.get(0).getPercent() < _scores.get(0).getThreshold(), "so a deficit");
	}

	private static Date _at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDate.of(year, month, day).atTime(hour, minute).toInstant(ZoneOffset.UTC));
	}

	private static Date _day(int year, int month, int day) {
		return Date.from(Instant.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC)));
	}

	private AttemptImpl _attempt(long attemptId, long seed) {
		AttemptImpl attempt = new AttemptImpl();

		attempt.setAttemptId(attemptId);
		attempt.setCompanyId(1);
		attempt.setUserId(TEACHER);
		attempt.setDiagnosticSessionId(7);
		attempt.setBankVersion(1);
		attempt.setSeed(seed);
		attempt.setStatus(DiagnosticsConstants.ATTEMPT_STATUS_ASSIGNED);

		return attempt;
	}

	private void _consent() {
		ConsentImpl consent = new ConsentImpl();

		consent.setConsentVersion(DiagnosticsConstants.CONSENT_VERSION);
		_consents.add(consent);
	}

	private final AttemptPersistence _attemptPersistence = mock(AttemptPersistence.class);
	private final Map<Long, AttemptImpl> _attempts = new HashMap<>();
	private final CompetenceScorePersistence _competenceScorePersistence = mock(CompetenceScorePersistence.class);
	private final ConsentPersistence _consentPersistence = mock(ConsentPersistence.class);
	private final List<Consent> _consents = new ArrayList<>();
	private final DiagnosticSessionPersistence _diagnosticSessionPersistence = mock(
		DiagnosticSessionPersistence.class);
	private final ItemBankLocalService _itemBankLocalService = mock(ItemBankLocalService.class);
	private final List<CompetenceScore> _scores = new ArrayList<>();
	private final AttemptLocalServiceImpl _service = new AttemptLocalServiceImpl();
	private final DiagnosticSessionImpl _session = new DiagnosticSessionImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
