package ru.opora.cooperation.web.internal.display.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The register as a table (Excel export): one row per agreement, the
 * columns the screen shows.
 *
 * @author Opora
 */
public class RegisterTable {

	public RegisterTable(Labels labels) {
		_labels = labels;
	}

	public List<String> getHeaders() {
		List<String> headers = new ArrayList<>();

		for (String key : new String[] {
				"opora-field-number", "opora-field-agreement-date", "opora-field-kind", "opora-field-status",
				"opora-field-start-date", "opora-field-end-date", "opora-cooperation-version", "opora-cooperation-parties",
				"opora-cooperation-programmes"
			}) {

			headers.add(_labels.get(key));
		}

		return headers;
	}

	public List<List<Object>> getRows(List<AgreementRow> rows) {
		List<List<Object>> table = new ArrayList<>();

		for (AgreementRow row : rows) {
			table.add(
				Arrays.asList(
					row.getNumber(), _labels.date(row.getAgreementDate()),
					(row.getKind() == null) ? "" : _labels.get(row.getKind().labelKey()),
					_labels.get(row.getStatus().labelKey()), _labels.date(row.getStartDate()),
					_labels.date(row.getEndDate()), (row.getVersion() > 0) ? (Object)row.getVersion() : "",
					String.join("; ", row.getPartyNames()), String.join("; ", row.getProgrammeNames())));
		}

		return table;
	}

	private final Labels _labels;

}
