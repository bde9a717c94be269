package ru.opora.riskprofile.util;

import java.io.Serializable;
import java.util.List;

import ru.opora.domain.validation.Violation;

/**
 * What an import of survey answers did: how many rows were stored and every
 * rejected row with its reasons (field {@code row.N}, N the sheet's row
 * number): no row is passed over in silence.
 */
public class SurveyImportReport implements Serializable {

	public SurveyImportReport(int importedRows, List<Violation> rejected) {
		_importedRows = importedRows;
		_rejected = List.copyOf(rejected);
	}

	public int getImportedRows() {
		return _importedRows;
	}

	public List<Violation> getRejected() {
		return _rejected;
	}

	private static final long serialVersionUID = 1L;

	private final int _importedRows;
	private final List<Violation> _rejected;

}
