package ru.opora.domain.cooperation;

/** A module (part) of a joint programme and the party that delivers it (null: not yet named). */
public final class ModuleData {

	public ModuleData(String name, int hours, PartyRef deliveringParty) {
		_name = (name == null) ? "" : name.trim();
		_hours = hours;
		_deliveringParty = deliveringParty;
	}

	public PartyRef getDeliveringParty() {
		return _deliveringParty;
	}

	public int getHours() {
		return _hours;
	}

	public String getName() {
		return _name;
	}

	private final PartyRef _deliveringParty;
	private final int _hours;
	private final String _name;

}
