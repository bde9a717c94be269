package ru.opora.diagnostics.web.internal.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.domain.diagnostics.Figure;

/**
 * The aggregates as a table of texts, the same on the page and in the Excel
 * export: indicator, count, of, percent. A suppressed figure (group below 5
 * teachers) shows no number, only the notice; no row names a teacher.
 */
public final class AggregateTable {

	/** Localised messages. */
	public interface Messages {

		public String message(String key, Object... arguments);

	}

	public AggregateTable(Aggregates aggregates, Map<String, String> competenceNames, Messages messages) {
		_messages = messages;

		_rows.add(
			Arrays.asList(
				messages.message("diagnostics-indicator-teachers"),
				(aggregates.teachers() < 0) ? _suppressed() : String.valueOf(aggregates.teachers()), "", ""));
		_add("diagnostics-indicator-diagnosed", aggregates.diagnosed());
		_add("diagnostics-indicator-with-route", aggregates.withRoute());
		_add("diagnostics-indicator-positive-dynamics", aggregates.positiveDynamics());

		for (Aggregates.DeficitRow row : aggregates.deficits()) {
			String name = competenceNames.getOrDefault(row.competenceCode(), row.competenceCode());

			_rows.add(_figure(messages.message("diagnostics-indicator-deficit", row.subject(), name), row.figure()));
		}
	}

	public List<String> headers() {
		return List.of(
			_messages.message("diagnostics-indicator"), _messages.message("diagnostics-count"),
			_messages.message("diagnostics-of"), _messages.message("diagnostics-percent"));
	}

	public List<List<String>> rows() {
		return _rows;
	}

	private void _add(String key, Figure figure) {
		_rows.add(_figure(_messages.message(key), figure));
	}

	private List<String> _figure(String label, Figure figure) {
		if (figure.suppressed()) {
			return Arrays.asList(label, _suppressed(), "", "");
		}

		return Arrays.asList(
			label, String.valueOf(figure.count()), String.valueOf(figure.group()), String.valueOf(figure.percent()));
	}

	private String _suppressed() {
		return _messages.message("diagnostics-suppressed", Aggregates.MIN_GROUP);
	}

	private final Messages _messages;
	private final List<List<String>> _rows = new ArrayList<>();

}
