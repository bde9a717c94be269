package ru.opora.domain.cooperation;

import java.util.Objects;

/** A party of an agreement with the requisites it signs with. */
public final class PartyData {

	public PartyData(PartyRef ref, Requisites requisites) {
		_ref = Objects.requireNonNull(ref, "ref");
		_requisites = Objects.requireNonNull(requisites, "requisites");
	}

	public PartyRef getRef() {
		return _ref;
	}

	public Requisites getRequisites() {
		return _requisites;
	}

	private final PartyRef _ref;
	private final Requisites _requisites;

}
