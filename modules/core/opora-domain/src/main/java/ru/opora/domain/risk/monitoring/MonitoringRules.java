package ru.opora.domain.risk.monitoring;

import java.util.List;

/**
 * The rules of «мониторинг наступления позитивных изменений».
 *
 * <p>
 * An indicator's progress is {@code (value - baseline) / (target - baseline)}
 * (works for rising and falling targets). At the interim point it is on track
 * from {@link #INTERIM_EXPECTED} of the way, at risk while it moves the right
 * way, off track otherwise; at the final point only reaching the target is on
 * track, at least half the way is at risk, less is off track.
 * </p>
 *
 * <p>
 * A programme is off track if an indicator is, or if more than
 * {@link #FAILED_SHARE_OFF_TRACK} of its due measures failed (not done or
 * overdue); at risk if an indicator is, or any measure failed or was late;
 * on track if something was measured or due and nothing is wrong; no data
 * otherwise.
 * </p>
 */
public final class MonitoringRules {

	public static final double FAILED_SHARE_OFF_TRACK = 0.3;

	public static final double INTERIM_EXPECTED = 0.5;

	public static TrackStatus indicatorStatus(
		MeasurementPoint point, Double baseline, double target, Double value) {

		if ((value == null) || (baseline == null) || (target == baseline)) {
			return TrackStatus.NO_DATA;
		}

		double progress = (value - baseline) / (target - baseline);

		if (point == MeasurementPoint.FINAL) {
			if (progress >= 1) {
				return TrackStatus.ON_TRACK;
			}

			return (progress >= 0.5) ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
		}

		if (progress >= INTERIM_EXPECTED) {
			return TrackStatus.ON_TRACK;
		}

		return (progress > 0) ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
	}

	public static TrackStatus programmeStatus(List<MeasureStatus> measures, List<TrackStatus> indicators) {
		TrackStatus status = TrackStatus.NO_DATA;

		for (TrackStatus indicator : indicators) {
			status = status.worse(indicator);
		}

		int due = 0;
		int failed = 0;
		boolean late = false;

		for (MeasureStatus measure : measures) {
			if (measure != MeasureStatus.PLANNED) {
				due++;
			}

			if (measure.isFailed()) {
				failed++;
			}

			if (measure == MeasureStatus.DONE_LATE) {
				late = true;
			}
		}

		if (due > 0) {
			status = status.worse(TrackStatus.ON_TRACK);
		}

		if ((failed > 0) || late) {
			status = status.worse(TrackStatus.AT_RISK);
		}

		if ((due > 0) && (((double)failed / due) > FAILED_SHARE_OFF_TRACK)) {
			status = status.worse(TrackStatus.OFF_TRACK);
		}

		return status;
	}

	/** A school's status: the worst of its programmes. */
	public static TrackStatus schoolStatus(List<TrackStatus> programmes) {
		TrackStatus status = TrackStatus.NO_DATA;

		for (TrackStatus programme : programmes) {
			status = status.worse(programme);
		}

		return status;
	}

	private MonitoringRules() {
	}

}
