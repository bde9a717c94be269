package ru.opora.domain.cooperation;

/** A resource a party provides, with its schedule (free text, e.g. "Tue, Thu 14:00-15:30"). */
public final class ResourceData {

	public ResourceData(PartyRef party, ResourceType type, String description, String schedule) {
		_party = party;
		_type = type;
		_description = (description == null) ? "" : description.trim();
		_schedule = (schedule == null) ? "" : schedule.trim();
	}

	public String getDescription() {
		return _description;
	}

	public PartyRef getParty() {
		return _party;
	}

	public String getSchedule() {
		return _schedule;
	}

	public ResourceType getType() {
		return _type;
	}

	private final String _description;
	private final PartyRef _party;
	private final String _schedule;
	private final ResourceType _type;

}
