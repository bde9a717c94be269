package ru.opora.riskprofile.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.domain.validation.Violation;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.riskprofile.exception.RiskProfileValidationException;
import ru.opora.riskprofile.internal.notifications.RiskProfileNotifications;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskVerification;
import ru.opora.riskprofile.model.impl.RiskFactorLevelImpl;
import ru.opora.riskprofile.model.impl.RiskProfileImpl;
import ru.opora.riskprofile.model.impl.RiskVerificationImpl;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.RiskSurveyResponseLocalService;
import ru.opora.riskprofile.service.persistence.RiskFactorLevelPersistence;
import ru.opora.riskprofile.service.persistence.RiskProfilePersistence;
import ru.opora.riskprofile.service.persistence.RiskVerificationPersistence;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** Profile computation, verification and priorities with the persistence kept in memory. */
class RiskProfileLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_counter.increment(anyString())).thenAnswer(invocation -> _ids.incrementAndGet());

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(700L);
		when(user.getFullName()).thenReturn("Куратор");
		when(_userLocalService.getUser(anyLong())).thenReturn(user);

		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(31L);
		when(school.getGroupId()).thenReturn(20L);
		when(school.getCompanyId()).thenReturn(1L);
		when(_schoolLocalService.getSchool(31)).thenReturn(school);

		RiskDictionaryVersion version = mock(RiskDictionaryVersion.class);

		when(version.getRiskDictionaryVersionId()).thenReturn(5L);
		when(_dictionaryService.getVersionForYear(anyLong(), anyLong(), any(Integer.class))).thenReturn(version);
		when(_dictionaryService.getDictionary(5)).thenReturn(_dictionary);
		when(_surveyService.getSchoolAnswers(31, 2024)).thenAnswer(invocation -> _answers);
		when(_oporaFeatureService.getMaxPriorityFactors(20)).thenReturn(2);

		when(_profilePersistence.create(anyLong())).thenAnswer(
			invocation -> {
				RiskProfile profile = new RiskProfileImpl();

				profile.setRiskProfileId(invocation.getArgument(0));

				return profile;
			});
		when(_profilePersistence.update(any())).thenAnswer(
			invocation -> {
				RiskProfile profile = invocation.getArgument(0);

				_profiles.put(profile.getRiskProfileId(), profile);

				return profile;
			});
		when(_profilePersistence.fetchByS_Y(31, 2024)).thenAnswer(
			invocation -> _profiles.values().stream().findFirst().orElse(null));
		when(_profilePersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _profiles.get((Long)invocation.getArgument(0)));

		when(_levelPersistence.create(anyLong())).thenAnswer(invocation -> new RiskFactorLevelImpl());
		when(_levelPersistence.update(any())).thenAnswer(
			invocation -> {
				RiskFactorLevel level = invocation.getArgument(0);

				_levels.put(level.getFactorCode(), level);

				return level;
			});
		when(_levelPersistence.findByRiskProfileId(anyLong())).thenAnswer(invocation -> new ArrayList<>(_levels.values()));

		when(_verificationPersistence.create(anyLong())).thenAnswer(invocation -> new RiskVerificationImpl());
		when(_verificationPersistence.update(any())).thenAnswer(
			invocation -> {
				_verifications.add(invocation.getArgument(0));

				return invocation.getArgument(0);
			});
		when(_verificationPersistence.findByRiskProfileId(anyLong())).thenAnswer(
			invocation -> new ArrayList<>(_verifications));

		Fields.set(_service, "counterLocalService", _counter);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "riskProfilePersistence", _profilePersistence);
		Fields.set(_service, "riskFactorLevelPersistence", _levelPersistence);
		Fields.set(_service, "riskVerificationPersistence", _verificationPersistence);
		Fields.set(_service, "_oporaFeatureService", _oporaFeatureService);
		Fields.set(_service, "_riskDictionaryVersionLocalService", _dictionaryService);
		Fields.set(_service, "_riskProfileNotifications", _notifications);
		Fields.set(_service, "_riskSurveyResponseLocalService", _surveyService);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);
	}

	@Test
	void profileStoresEveryFactorWithItsIndicatorsAndNotEnoughData() throws Exception {
		_answerAll(RespondentGroup.TEACHER, 5, 1);
		_answerAll(RespondentGroup.DIRECTOR, 1, 1);

		RiskProfile profile = _service.calculateProfile(700, 31, 2024);

		assertEquals(5, profile.getRiskDictionaryVersionId());
		assertEquals(11, _levels.size());
		// RF05: director (inverted, 1 = most risk) and teachers: HIGH
		assertEquals("HIGH", _levels.get("RF05").getComputedState());
		assertEquals("HIGH", _levels.get("RF05").getLevel());
		assertEquals(2, _levels.get("RF05").getIndicatorValues().split("\n").length);
		// RF11 needs pupils: none answered
		assertEquals("NOT_ENOUGH_DATA", _levels.get("RF11").getComputedState());
		assertEquals("", _levels.get("RF11").getLevel());
		assertEquals(null, _service.getEffectiveLevels(profile.getRiskProfileId()).get("RF11"));
	}

	@Test
	void curatorsLevelSurvivesRecalculationAndIsKeptInHistory() throws Exception {
		_answerAll(RespondentGroup.TEACHER, 5, 1);
		_answerAll(RespondentGroup.DIRECTOR, 1, 1);

		long profileId = _service.calculateProfile(700, 31, 2024).getRiskProfileId();

		assertThrows(
			RiskProfileValidationException.class,
			() -> _service.verifyFactor(700, profileId, "RF11", "CORRECT", "MEDIUM", " "));

		RiskVerification verification = _service.verifyFactor(
			700, profileId, "RF11", "CORRECT", "MEDIUM", "По итогам посещения уроков");

		assertEquals("", verification.getFromLevel());
		assertEquals("MEDIUM", verification.getToLevel());
		verify(_notifications).profileVerified(_profiles.get(profileId), "RF11", 700, "Куратор");

		_service.calculateProfile(700, 31, 2024);

		assertEquals("NOT_ENOUGH_DATA", _levels.get("RF11").getComputedState());
		assertEquals("MEDIUM", _levels.get("RF11").getLevel());
		assertEquals(1, _service.getVerificationEntries(profileId).size());
	}

	@Test
	void prioritiesFollowTheMunicipalityMaximum() throws Exception {
		_answerAll(RespondentGroup.TEACHER, 5, 1);
		_answerAll(RespondentGroup.DIRECTOR, 1, 1);

		long profileId = _service.calculateProfile(700, 31, 2024).getRiskProfileId();

		RiskProfileValidationException exception = assertThrows(
			RiskProfileValidationException.class,
			() -> _service.updatePriorities(profileId, List.of("RF01", "RF03", "RF05")));

		assertEquals(
			List.of("risk-priority-too-many"),
			exception.getViolations().stream().map(Violation::code).collect(Collectors.toList()));
		assertEquals("RF01,RF05", _service.updatePriorities(profileId, List.of("RF01", "RF05")).getPriorities());
		assertEquals(RiskLevel.HIGH, _service.getEffectiveLevels(profileId).get("RF01"));
	}

	/** {@code count} respondents answering every question of the group at the risky end (or {@code answer}). */
	private void _answerAll(RespondentGroup group, int count, int answer) {
		for (int i = 0; i < count; i++) {
			Map<String, Double> answers = new HashMap<>();

			for (Question question : _dictionary.questionsOf(group)) {
				answers.put(question.code(), (double)(question.inverted() ? question.min() : question.max()));
			}

			_answers.add(new SurveyAnswers(group + "-" + i + "-" + answer, group, answers));
		}
	}

	private final List<SurveyAnswers> _answers = new ArrayList<>();
	private final CounterLocalService _counter = mock(CounterLocalService.class);
	private final FactorDictionary _dictionary = DefaultDictionary.version2021();
	private final RiskDictionaryVersionLocalService _dictionaryService = mock(RiskDictionaryVersionLocalService.class);
	private final AtomicLong _ids = new AtomicLong(10);
	private final RiskFactorLevelPersistence _levelPersistence = mock(RiskFactorLevelPersistence.class);
	private final Map<String, RiskFactorLevel> _levels = new LinkedHashMap<>();
	private final RiskProfileNotifications _notifications = mock(RiskProfileNotifications.class);
	private final OporaFeatureService _oporaFeatureService = mock(OporaFeatureService.class);
	private final RiskProfilePersistence _profilePersistence = mock(RiskProfilePersistence.class);
	private final Map<Long, RiskProfile> _profiles = new LinkedHashMap<>();
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final RiskProfileLocalServiceImpl _service = new RiskProfileLocalServiceImpl();
	private final RiskSurveyResponseLocalService _surveyService = mock(RiskSurveyResponseLocalService.class);
	private final RiskVerificationPersistence _verificationPersistence = mock(RiskVerificationPersistence.class);
	private final List<RiskVerification> _verifications = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
