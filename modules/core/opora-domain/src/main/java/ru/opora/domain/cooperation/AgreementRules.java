package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;

/**
 * Rules of cooperation agreements.
 *
 * <p>
 * Violation codes ({@code opora-error-} keys): {@code required},
 * {@code too-long}, {@code inn-invalid}, {@code ogrn-invalid},
 * {@code date-order}, {@code parties-too-few} (minimum),
 * {@code party-duplicate} (party key), {@code programmes-required},
 * {@code modules-required}, {@code module-party-required} (module name),
 * {@code module-party-not-a-party} (module name, party key),
 * {@code programme-outside-term} (programme name, term start, term end),
 * {@code resource-party-not-a-party} (party key), {@code must-be-positive},
 * {@code must-not-be-negative}, {@code agreement-not-editable} (status),
 * {@code agreement-closed} (status), {@code status-unchanged},
 * {@code status-final}, {@code status-transition-not-allowed} (from, to),
 * {@code approvals-missing} (missing keys joined with commas),
 * {@code amendment-not-allowed} (status).
 * </p>
 */
public final class AgreementRules {

	public static final int MIN_PARTIES = 2;

	/** A new version may amend only an agreement that is signed or active. */
	public static Violations checkAmendment(AgreementStatus status) {
		Violations violations = new Violations();

		if (!status.isInForce()) {
			violations.add("status", "amendment-not-allowed", status.code());
		}

		return violations;
	}

	/** Contents (parties, programmes, resources) change only in a draft; closed ones never. */
	public static Violations checkEditable(AgreementStatus status) {
		Violations violations = new Violations();

		if (status.isFinal()) {
			violations.add("status", "agreement-closed", status.code());
		}
		else if (!status.isEditable()) {
			violations.add("status", "agreement-not-editable", status.code());
		}

		return violations;
	}

	/**
	 * Checks a status change. Signing needs every approval; early termination
	 * needs a reason.
	 */
	public static Violations checkTransition(
		AgreementStatus from, AgreementStatus to, String reason, ApprovalState approvals) {

		Violations violations = new Violations();

		if (to == null) {
			return violations.add("status", "required");
		}

		if (from == to) {
			violations.add("status", "status-unchanged", from.code());
		}
		else if (from.isFinal()) {
			violations.add("status", "status-final", from.code());
		}
		else if (!from.canChangeTo(to)) {
			violations.add("status", "status-transition-not-allowed", from.code(), to.code());
		}

		if ((to == AgreementStatus.SIGNED) && (approvals != null) && !approvals.isComplete()) {
			violations.add("approvals", "approvals-missing", String.join(", ", approvals.missing()));
		}

		if ((to == AgreementStatus.TERMINATED) && ((reason == null) || reason.isBlank())) {
			violations.add("statusReason", "required");
		}

		violations.requireLength(reason, AgreementData.MAX_TEXT_LENGTH, "statusReason");

		return violations;
	}

	/** Checks an agreement as a whole; every problem is reported. */
	public static Violations validate(AgreementData data) {
		Violations violations = new Violations();

		violations.requireText(data.getNumber(), AgreementData.MAX_NUMBER_LENGTH, "number");
		violations.require(data.getAgreementDate() != null, "agreementDate", "required");
		violations.require(data.getKind() != null, "kind", "required");
		violations.requireText(data.getSubject(), AgreementData.MAX_TEXT_LENGTH, "subject");

		AgreementTerm term = data.getTerm();

		if (term == null) {
			violations.add("term", "required");
		}
		else {
			if (term.getEnd().isBefore(term.getStart())) {
				violations.add("endDate", "date-order");
			}

			violations.require(term.getProlongationMonths() >= 0, "prolongationMonths", "must-not-be-negative");
		}

		Set<PartyRef> parties = _validateParties(data.getParties(), violations);

		_validateProgrammes(data, parties, violations);

		List<ResourceData> resources = data.getResources();

		for (int i = 0; i < resources.size(); i++) {
			ResourceData resource = resources.get(i);
			String prefix = "resources[" + i + "].";

			if (resource.getParty() == null) {
				violations.add(prefix + "party", "required");
			}
			else if (!parties.contains(resource.getParty())) {
				violations.add(prefix + "party", "resource-party-not-a-party", resource.getParty().key());
			}

			violations.require(resource.getType() != null, prefix + "type", "required");
			violations.requireText(resource.getDescription(), AgreementData.MAX_TEXT_LENGTH, prefix + "description");
			violations.requireLength(resource.getSchedule(), AgreementData.MAX_TEXT_LENGTH, prefix + "schedule");
		}

		return violations;
	}

	/**
	 * Checks a draft being saved: like {@link #validate(AgreementData)} but a
	 * draft may still lack its programmes, their modules and the modules'
	 * delivering parties; those are required when it goes on approval.
	 */
	public static Violations validateDraft(AgreementData data) {
		Violations violations = new Violations();

		for (Violation violation : validate(data).list()) {
			if (!_COMPLETENESS_CODES.contains(violation.code())) {
				violations.add(violation.field(), violation.code(), violation.arguments().toArray());
			}
		}

		return violations;
	}

	/** Checks one programme against a stored agreement (before it is added). */
	public static Violations validateProgramme(
		AgreementStatus status, AgreementTerm term, Set<PartyRef> parties, ProgrammeData programme, int index) {

		Violations violations = checkEditable(status);

		_validateProgramme(term, parties, programme, "programmes[" + index + "].", violations);

		return violations;
	}

	private static Set<PartyRef> _validateParties(List<PartyData> parties, Violations violations) {
		Set<PartyRef> refs = new HashSet<>();

		if (parties.size() < MIN_PARTIES) {
			violations.add("parties", "parties-too-few", MIN_PARTIES);
		}

		for (int i = 0; i < parties.size(); i++) {
			PartyData party = parties.get(i);
			String prefix = "parties[" + i + "].";

			if (!refs.add(party.getRef())) {
				violations.add(prefix + "party", "party-duplicate", party.getRef().key());
			}

			for (Violation violation : party.getRequisites().validate(prefix).list()) {
				violations.add(violation.field(), violation.code(), violation.arguments().toArray());
			}
		}

		return refs;
	}

	private static void _validateProgramme(
		AgreementTerm term, Set<PartyRef> parties, ProgrammeData programme, String prefix, Violations violations) {

		violations.requireText(programme.getName(), 500, prefix + "name");
		violations.require(programme.getKind() != null, prefix + "kind", "required");
		violations.require(programme.getHours() > 0, prefix + "hours", "must-be-positive");
		violations.require(programme.getPupils() >= 0, prefix + "pupils", "must-not-be-negative");
		violations.requireLength(programme.getGrades(), 75, prefix + "grades");

		LocalDate start = programme.getStartDate();
		LocalDate end = programme.getEndDate();

		violations.require(start != null, prefix + "startDate", "required");
		violations.require(end != null, prefix + "endDate", "required");

		if ((start != null) && (end != null)) {
			if (end.isBefore(start)) {
				violations.add(prefix + "endDate", "date-order");
			}
			else if ((term != null) && !term.covers(start, end)) {
				violations.add(
					prefix + "startDate", "programme-outside-term", programme.getName(), term.getStart().toString(),
					term.getEnd().toString());
			}
		}

		List<ModuleData> modules = programme.getModules();

		for (int j = 0; j < modules.size(); j++) {
			ModuleData module = modules.get(j);
			String modulePrefix = prefix + "modules[" + j + "].";

			violations.requireText(module.getName(), 500, modulePrefix + "name");
			violations.require(module.getHours() >= 0, modulePrefix + "hours", "must-not-be-negative");

			if (module.getDeliveringParty() == null) {
				violations.add(modulePrefix + "deliveringParty", "module-party-required", module.getName());
			}
			else if (!parties.contains(module.getDeliveringParty())) {
				violations.add(
					modulePrefix + "deliveringParty", "module-party-not-a-party", module.getName(),
					module.getDeliveringParty().key());
			}
		}
	}

	private static void _validateProgrammes(AgreementData data, Set<PartyRef> parties, Violations violations) {
		List<ProgrammeData> programmes = data.getProgrammes();
		boolean network = (data.getKind() != null) && data.getKind().requiresProgrammes();

		if (network && programmes.isEmpty()) {
			violations.add("programmes", "programmes-required");
		}

		for (int i = 0; i < programmes.size(); i++) {
			ProgrammeData programme = programmes.get(i);
			String prefix = "programmes[" + i + "].";

			if (network && programme.getModules().isEmpty()) {
				violations.add(prefix + "modules", "modules-required", programme.getName());
			}

			_validateProgramme(data.getTerm(), parties, programme, prefix, violations);
		}
	}

	private static final Set<String> _COMPLETENESS_CODES = Set.of(
		"programmes-required", "modules-required", "module-party-required");

	private AgreementRules() {
	}

}
