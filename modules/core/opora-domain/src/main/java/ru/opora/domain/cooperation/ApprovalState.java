package ru.opora.domain.cooperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who has to approve an agreement before it is signed: the director of every
 * party, and the municipal coordinator where the municipality asks for it.
 */
public final class ApprovalState {

	/** Key of the coordinator's approval in {@link #missing()}. */
	public static final String COORDINATOR = "coordinator";

	public ApprovalState(
		Collection<PartyRef> parties, Collection<PartyRef> approvedParties, boolean coordinatorRequired,
		boolean coordinatorApproved) {

		_parties = new LinkedHashSet<>(parties);
		_approvedParties = new LinkedHashSet<>(approvedParties);
		_coordinatorRequired = coordinatorRequired;
		_coordinatorApproved = coordinatorApproved;
	}

	public boolean isApprovedBy(PartyRef party) {
		return _approvedParties.contains(party);
	}

	public boolean isComplete() {
		return missing().isEmpty();
	}

	public boolean isCoordinatorApproved() {
		return _coordinatorApproved;
	}

	public boolean isCoordinatorRequired() {
		return _coordinatorRequired;
	}

	/** Party keys still to approve, then {@link #COORDINATOR} if required and missing. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();

		for (PartyRef party : _parties) {
			if (!_approvedParties.contains(party)) {
				missing.add(party.key());
			}
		}

		if (_coordinatorRequired && !_coordinatorApproved) {
			missing.add(COORDINATOR);
		}

		return missing;
	}

	public Set<PartyRef> parties() {
		return java.util.Collections.unmodifiableSet(_parties);
	}

	private final Set<PartyRef> _approvedParties;
	private final boolean _coordinatorApproved;
	private final boolean _coordinatorRequired;
	private final Set<PartyRef> _parties;

}
