package ru.opora.domain.risk.monitoring;

/** Whether a programme (or an indicator, or a school) is heading to its targets. */
public enum TrackStatus {

	ON_TRACK(0), AT_RISK(1), OFF_TRACK(2), NO_DATA(-1);

	TrackStatus(int severity) {
		_severity = severity;
	}

	/** The worse of two statuses; NO_DATA loses to any real status. */
	public TrackStatus worse(TrackStatus other) {
		return (other._severity > _severity) ? other : this;
	}

	private final int _severity;

}
