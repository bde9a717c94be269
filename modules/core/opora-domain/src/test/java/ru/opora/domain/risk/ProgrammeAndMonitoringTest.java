package ru.opora.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.monitoring.MeasureStatus;
import ru.opora.domain.risk.monitoring.MeasurementPoint;
import ru.opora.domain.risk.monitoring.MonitoringRules;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.programme.MeasureData;
import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.domain.validation.ValidationException;
import ru.opora.domain.validation.Violation;

class ProgrammeAndMonitoringTest {

	private static final LocalDate _FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate _TO = LocalDate.of(2025, 12, 31);

	@Test
	void completeProgrammeIsValidAndSurvivesItsFrozenCopy() {
		ProgrammeContent content = _programme();

		assertTrue(content.validate(_FROM, _TO).isEmpty());

		ProgrammeContent copy = ProgrammeContent.decode(content.encode());

		assertEquals(content.encode(), copy.encode());
		assertEquals("Родительский\tклуб", copy.measures().get(0).title());
		assertEquals(LocalDate.of(2024, 9, 30), copy.measures().get(0).deadline());
		assertEquals(null, copy.measures().get(1).baseline());
		assertThrows(ValidationException.class, () -> ProgrammeContent.decode("goal\tx\nmeasure\tonly two"));
	}

	@Test
	void everyMissingPartIsNamed() {
		ProgrammeContent content = new ProgrammeContent(
			" ", List.of("Задача"),
			List.of(
				new MeasureData("", 3, LocalDate.of(2027, 1, 1), "", "", 10.0, 10.0, ""),
				new MeasureData("Мера", 0, null, "Директор", "Доля", null, null, "Итог")),
			"");

		assertEquals(
			List.of(
				"goal:required", "measure.1.title:required", "measure.1.task:risk-measure-task-unknown",
				"measure.1.deadline:risk-measure-deadline-outside", "measure.1.responsible:required",
				"measure.1.indicator:required", "measure.1.target:risk-measure-target-equals-baseline",
				"measure.1.expectedResult:required", "measure.2.deadline:required", "measure.2.target:required",
				"expectedResult:required"),
			content.validate(_FROM, _TO).list().stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList()));
		assertEquals(
			List.of(Violation.of("tasks", "required"), Violation.of("measures", "required")),
			new ProgrammeContent("Цель", List.of(), List.of(), "Итог").validate(_FROM, _TO).list());
	}

	@Test
	void measureStatusOnADay() {
		LocalDate deadline = LocalDate.of(2024, 5, 31);

		assertEquals(MeasureStatus.DONE_ON_TIME, MeasureStatus.of(deadline, deadline, false, deadline.plusDays(60)));
		assertEquals(MeasureStatus.DONE_LATE, MeasureStatus.of(deadline, deadline.plusDays(1), false, deadline.plusDays(1)));
		assertEquals(MeasureStatus.NOT_DONE, MeasureStatus.of(deadline, null, true, deadline.minusDays(1)));
		assertEquals(MeasureStatus.OVERDUE, MeasureStatus.of(deadline, null, false, deadline.plusDays(1)));
		assertEquals(MeasureStatus.PLANNED, MeasureStatus.of(deadline, null, false, deadline));
	}

	@Test
	void indicatorAgainstItsTargetAtInterimAndFinalPoints() {
		// rising: 40 -> 60
		assertEquals(TrackStatus.ON_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.INTERIM, 40.0, 60, 50.0));
		assertEquals(TrackStatus.AT_RISK, MonitoringRules.indicatorStatus(MeasurementPoint.INTERIM, 40.0, 60, 45.0));
		assertEquals(TrackStatus.OFF_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.INTERIM, 40.0, 60, 38.0));
		assertEquals(TrackStatus.ON_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, 40.0, 60, 61.0));
		assertEquals(TrackStatus.AT_RISK, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, 40.0, 60, 55.0));
		assertEquals(TrackStatus.OFF_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, 40.0, 60, 49.0));
		// falling: share of failing pupils 30 -> 20
		assertEquals(TrackStatus.ON_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, 30.0, 20, 19.5));
		assertEquals(TrackStatus.OFF_TRACK, MonitoringRules.indicatorStatus(MeasurementPoint.INTERIM, 30.0, 20, 31.0));
		assertEquals(TrackStatus.NO_DATA, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, 30.0, 20, null));
		assertEquals(TrackStatus.NO_DATA, MonitoringRules.indicatorStatus(MeasurementPoint.FINAL, null, 20, 10.0));
	}

	@Test
	void programmeAndSchoolStatus() {
		assertEquals(TrackStatus.NO_DATA, MonitoringRules.programmeStatus(List.of(MeasureStatus.PLANNED), List.of()));
		assertEquals(
			TrackStatus.ON_TRACK,
			MonitoringRules.programmeStatus(List.of(MeasureStatus.DONE_ON_TIME, MeasureStatus.PLANNED), List.of()));
		assertEquals(
			TrackStatus.AT_RISK,
			MonitoringRules.programmeStatus(List.of(MeasureStatus.DONE_LATE), List.of(TrackStatus.ON_TRACK)));
		// 1 failed of 4 due = 25%: at risk; 2 of 4: off track
		assertEquals(
			TrackStatus.AT_RISK,
			MonitoringRules.programmeStatus(
				List.of(MeasureStatus.OVERDUE, MeasureStatus.DONE_ON_TIME, MeasureStatus.DONE_ON_TIME, MeasureStatus.DONE_ON_TIME),
				List.of()));
		assertEquals(
			TrackStatus.OFF_TRACK,
			MonitoringRules.programmeStatus(
				List.of(MeasureStatus.OVERDUE, MeasureStatus.NOT_DONE, MeasureStatus.DONE_ON_TIME, MeasureStatus.DONE_ON_TIME),
				List.of()));
		assertEquals(
			TrackStatus.OFF_TRACK,
			MonitoringRules.programmeStatus(List.of(MeasureStatus.DONE_ON_TIME), List.of(TrackStatus.OFF_TRACK)));
		assertEquals(TrackStatus.ON_TRACK, MonitoringRules.programmeStatus(List.of(), List.of(TrackStatus.ON_TRACK, TrackStatus.NO_DATA)));

		assertEquals(
			TrackStatus.AT_RISK, MonitoringRules.schoolStatus(List.of(TrackStatus.ON_TRACK, TrackStatus.AT_RISK, TrackStatus.NO_DATA)));
		assertEquals(TrackStatus.NO_DATA, MonitoringRules.schoolStatus(List.of()));
	}

	private static ProgrammeContent _programme() {
		return new ProgrammeContent(
			"Повысить вовлечённость родителей", List.of("Наладить регулярное общение", "Привлечь родителей к событиям"),
			List.of(
				new MeasureData(
					"Родительский\tклуб", 0, LocalDate.of(2024, 9, 30), "Зам. директора по ВР",
					"Доля родителей на собраниях, %", 35.0, 60.0, "Клуб\nработает ежемесячно"),
				new MeasureData(
					"День открытых дверей", 1, LocalDate.of(2025, 4, 15), "Директор", "Число родителей на событии", null,
					80.0, "Проведён")),
			"Доля родителей, общающихся с учителями, не ниже 60%");
	}

}
