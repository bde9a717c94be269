package ru.opora.schools.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.impl.AssessmentResultImpl;
import ru.opora.schools.model.impl.SchoolImpl;
import ru.opora.schools.service.persistence.AssessmentResultPersistence;
import ru.opora.schools.service.persistence.SchoolPersistence;
import ru.opora.testing.Fields;

class AssessmentResultLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_service, "assessmentResultPersistence", _assessmentResultPersistence);
		Fields.set(_service, "schoolPersistence", _schoolPersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);

		_school.setSchoolId(SCHOOL_ID);
		_school.setGroupId(30001);
		_school.setCompanyId(20097);
		_school.setSchoolLevel("basic");

		when(_schoolPersistence.findByPrimaryKey(SCHOOL_ID)).thenReturn(_school);
		when(_userLocalService.getUser(USER_ID)).thenReturn(mock(User.class));
		when(_assessmentResultPersistence.create(anyLong())).thenAnswer(
			invocation -> {
				AssessmentResult result = new AssessmentResultImpl();

				result.setAssessmentResultId(invocation.getArgument(0));

				return result;
			});
		when(_assessmentResultPersistence.update(any(AssessmentResult.class))).thenAnswer(
			invocation -> invocation.getArgument(0));
	}

	@Test
	void storesANewResultOnItsKey() throws Exception {
		AssessmentResult result = _service.updateAssessmentResult(
			USER_ID, SCHOOL_ID, _oge(" Математика ", 24, 2, 10, 9, 3), new ServiceContext());

		assertEquals(SCHOOL_ID, result.getSchoolId());
		assertEquals(30001, result.getGroupId());
		assertEquals("oge", result.getAssessmentType());
		assertEquals("Математика", result.getSubject());
		assertEquals(9, result.getGrade());
		assertEquals(24, result.getParticipants());
		assertEquals(-1.0, result.getMeanScore());
		assertEquals(_oge("Математика", 24, 2, 10, 9, 3), result.toResultFigures());
	}

	@Test
	void reimportingTheSameFiguresChangesNothing() throws Exception {
		AssessmentResult stored = _service.updateAssessmentResult(
			USER_ID, SCHOOL_ID, _oge("Математика", 24, 2, 10, 9, 3), new ServiceContext());

		when(_assessmentResultPersistence.fetchByS_AY_AT_G_S(SCHOOL_ID, 2023, "oge", 9, "Математика")).thenReturn(
			stored);

		AssessmentResult again = _service.updateAssessmentResult(
			USER_ID, SCHOOL_ID, _oge("Математика", 24, 2, 10, 9, 3), new ServiceContext());

		assertSame(stored, again);
		verify(_assessmentResultPersistence, times(1)).update(any(AssessmentResult.class));
		verify(_counterLocalService, times(1)).increment(AssessmentResult.class.getName());
	}

	@Test
	void changedFiguresUpdateTheStoredRow() throws Exception {
		AssessmentResult stored = _service.updateAssessmentResult(
			USER_ID, SCHOOL_ID, _oge("Математика", 24, 2, 10, 9, 3), new ServiceContext());

		when(_assessmentResultPersistence.fetchByS_AY_AT_G_S(SCHOOL_ID, 2023, "oge", 9, "Математика")).thenReturn(
			stored);

		AssessmentResult updated = _service.updateAssessmentResult(
			USER_ID, SCHOOL_ID, _oge("Математика", 24, 1, 11, 9, 3), new ServiceContext());

		assertSame(stored, updated);
		assertEquals(1, updated.getMarks2());
		verify(_assessmentResultPersistence, times(2)).update(any(AssessmentResult.class));
		verify(_counterLocalService, times(1)).increment(AssessmentResult.class.getName());
	}

	@Test
	void rejectsMarksThatDoNotSumAndGradesAboveTheSchoolLevel() {
		OporaValidationException exception = assertThrows(
			OporaValidationException.class,
			() -> _service.updateAssessmentResult(
				USER_ID, SCHOOL_ID, _oge("Математика", 24, 2, 10, 9, 4), new ServiceContext()));

		assertEquals("marks-sum-mismatch", exception.getViolations().get(0).code());

		ResultFigures ege = new ResultFigures(
			AssessmentType.EGE, 2023, 11, "Русский язык", 5, null, null, null, null, 58.0, 0.0);

		exception = assertThrows(
			OporaValidationException.class,
			() -> _service.updateAssessmentResult(USER_ID, SCHOOL_ID, ege, new ServiceContext()));

		assertEquals("grade-above-school-level", exception.getViolations().get(0).code());
		verify(_assessmentResultPersistence, never()).update(any(AssessmentResult.class));
	}

	private static ResultFigures _oge(String subject, int participants, int m2, int m3, int m4, int m5) {
		return new ResultFigures(AssessmentType.OGE, 2023, 9, subject, participants, m2, m3, m4, m5, null, null);
	}

	private static final long SCHOOL_ID = 501;

	private static final long USER_ID = 20123;

	private final AssessmentResultPersistence _assessmentResultPersistence = mock(
		AssessmentResultPersistence.class);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final School _school = new SchoolImpl();
	private final SchoolPersistence _schoolPersistence = mock(SchoolPersistence.class);
	private final AssessmentResultLocalServiceImpl _service = new AssessmentResultLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
