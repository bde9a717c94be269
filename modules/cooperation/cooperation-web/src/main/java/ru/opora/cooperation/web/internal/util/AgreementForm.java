package ru.opora.cooperation.web.internal.util;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.cooperation.ResourceType;
import ru.opora.domain.validation.Violations;

/**
 * Reads the sectioned agreement form into the domain's {@link AgreementData}.
 * The form has {@code partyCount}, {@code programmeCount} and
 * {@code resourceCount} rows; a row left blank is skipped. A module is a line
 * of its programme's text area: {@code name; hours; party row number}.
 * Values that cannot be read (a date, a number, an unknown party) are
 * reported with the field they come from; the domain's rules are checked by
 * the service.
 *
 * @author Opora
 */
public final class AgreementForm {

	public static final int MAX_ROWS = 50;

	/** The form's parameters: name to value (null when absent). */
	public AgreementForm(Function<String, String> params) {
		_params = params;
	}

	/** The agreement, or null when {@link #getViolations()} is not empty. */
	public AgreementData parse() {
		AgreementKind kind = _enumValue("kind", AgreementKind.parse(_text("kind")).orElse(null));
		LocalDate agreementDate = _date("agreementDate");

		LocalDate start = _date("startDate");
		LocalDate end = _date("endDate");

		AgreementTerm term = null;

		if ((start != null) && (end != null)) {
			term = new AgreementTerm(start, end, _bool("autoProlongation"), _int("prolongationMonths", 0));
		}
		else {
			if (start == null) {
				_require("startDate");
			}

			if (end == null) {
				_require("endDate");
			}
		}

		List<PartyRef> partyRows = new ArrayList<>();
		List<PartyData> parties = new ArrayList<>();

		for (int i = 0; i < _count("partyCount"); i++) {
			String prefix = "party" + i;

			String key = _text(prefix + "Key");

			if (key.isEmpty() && _blank(prefix, _PARTY_FIELDS)) {
				partyRows.add(null);

				continue;
			}

			PartyRef partyRef = PartyRef.parse(key);

			if (partyRef == null) {
				_violations.add("parties[" + parties.size() + "].party", "required");
				partyRows.add(null);

				continue;
			}

			partyRows.add(partyRef);
			parties.add(
				new PartyData(
					partyRef,
					new Requisites(
						_text(prefix + "FullName"), _text(prefix + "LegalForm"), _text(prefix + "Address"),
						_text(prefix + "Inn"), _text(prefix + "Ogrn"), _text(prefix + "HeadName"),
						_text(prefix + "HeadPosition"), _text(prefix + "AuthorityBasis"))));
		}

		List<ProgrammeData> programmes = new ArrayList<>();

		for (int i = 0; i < _count("programmeCount"); i++) {
			String prefix = "programme" + i;

			if (_blank(prefix, _PROGRAMME_FIELDS)) {
				continue;
			}

			String field = "programmes[" + programmes.size() + "].";

			programmes.add(
				new ProgrammeData(
					_text(prefix + "Name"),
					ProgrammeKind.parse(_text(prefix + "Kind")).orElse(null),
					_int(prefix + "Hours", field + "hours"), _text(prefix + "Grades"),
					_int(prefix + "Pupils", field + "pupils"), _date(prefix + "StartDate", field + "startDate"),
					_date(prefix + "EndDate", field + "endDate"),
					_modules(_text(prefix + "Modules"), partyRows, field + "modules")));
		}

		List<ResourceData> resources = new ArrayList<>();

		for (int i = 0; i < _count("resourceCount"); i++) {
			String prefix = "resource" + i;

			if (_blank(prefix, _RESOURCE_FIELDS)) {
				continue;
			}

			String field = "resources[" + resources.size() + "].";

			resources.add(
				new ResourceData(
					_partyOfRow(_text(prefix + "Party"), partyRows, field + "party"),
					ResourceType.parse(_text(prefix + "Type")).orElse(null), _text(prefix + "Description"),
					_text(prefix + "Schedule")));
		}

		if (!_violations.isEmpty()) {
			return null;
		}

		return new AgreementData(
			_text("number"), agreementDate, kind, _text("subject"), term, parties, programmes, resources);
	}

	public Violations getViolations() {
		return _violations;
	}

	private boolean _blank(String prefix, String[] fields) {
		for (String field : fields) {
			if (!_text(prefix + field).isEmpty()) {
				return false;
			}
		}

		return true;
	}

	private boolean _bool(String name) {
		String value = _text(name);

		return value.equals("true") || value.equals("on");
	}

	private int _count(String name) {
		return Math.min(Math.max(_int(name, 0), 0), MAX_ROWS);
	}

	private LocalDate _date(String name) {
		return _date(name, name);
	}

	private LocalDate _date(String name, String field) {
		String value = _text(name);

		if (value.isEmpty()) {
			return null;
		}

		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException dateTimeParseException) {
			_violations.add(field, "invalid-date", value);

			return null;
		}
	}

	private <E> E _enumValue(String field, E value) {
		if ((value == null) && !_text(field).isEmpty()) {
			_violations.add(field, "invalid-value", _text(field));
		}

		return value;
	}

	private int _int(String name, int defaultValue) {
		try {
			return Integer.parseInt(_text(name));
		}
		catch (NumberFormatException numberFormatException) {
			return defaultValue;
		}
	}

	private int _int(String name, String field) {
		String value = _text(name);

		if (value.isEmpty()) {
			return 0;
		}

		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException numberFormatException) {
			_violations.add(field, "invalid-number", value);

			return 0;
		}
	}

	private List<ModuleData> _modules(String text, List<PartyRef> partyRows, String field) {
		List<ModuleData> modules = new ArrayList<>();

		String[] lines = text.split("\\r?\\n");

		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();

			if (line.isEmpty()) {
				continue;
			}

			String[] parts = line.split(";", -1);

			if (parts.length > 3) {
				_violations.add(field, "module-line-invalid", i + 1, line);

				continue;
			}

			int hours = 0;

			if ((parts.length > 1) && !parts[1].trim().isEmpty()) {
				try {
					hours = Integer.parseInt(parts[1].trim());
				}
				catch (NumberFormatException numberFormatException) {
					_violations.add(field, "module-line-invalid", i + 1, line);

					continue;
				}
			}

			PartyRef party = null;

			if ((parts.length > 2) && !parts[2].trim().isEmpty()) {
				party = _partyOfRow(parts[2].trim(), partyRows, field);

				if (party == null) {
					continue;
				}
			}

			modules.add(new ModuleData(parts[0].trim(), hours, party));
		}

		return modules;
	}

	/** The party of a row number (1-based, as the form shows it). */
	private PartyRef _partyOfRow(String rowNumber, List<PartyRef> partyRows, String field) {
		if (rowNumber.isEmpty()) {
			return null;
		}

		try {
			int row = Integer.parseInt(rowNumber);

			if ((row >= 1) && (row <= partyRows.size()) && (partyRows.get(row - 1) != null)) {
				return partyRows.get(row - 1);
			}
		}
		catch (NumberFormatException numberFormatException) {
		}

		_violations.add(field, "party-row-invalid", rowNumber);

		return null;
	}

	private void _require(String field) {
		_violations.add(field, "required");
	}

	private String _text(String name) {
		String value = _params.apply(name);

		return (value == null) ? "" : value.trim();
	}

	private static final String[] _PARTY_FIELDS = {
		"FullName", "LegalForm", "Address", "Inn", "Ogrn", "HeadName", "HeadPosition", "AuthorityBasis"
	};

	private static final String[] _PROGRAMME_FIELDS = {
		"Name", "Hours", "Grades", "Pupils", "StartDate", "EndDate", "Modules"
	};

	private static final String[] _RESOURCE_FIELDS = {"Party", "Description", "Schedule"};

	private final Function<String, String> _params;
	private final Violations _violations = new Violations();

}
