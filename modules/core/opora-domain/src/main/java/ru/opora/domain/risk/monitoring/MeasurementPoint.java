package ru.opora.domain.risk.monitoring;

import java.util.Optional;

import ru.opora.domain.risk.Enums;

/** When an indicator is measured again: midway or at the programme's end. */
public enum MeasurementPoint {

	INTERIM, FINAL;

	public static Optional<MeasurementPoint> parse(String name) {
		return Enums.parse(MeasurementPoint.class, name);
	}

}
