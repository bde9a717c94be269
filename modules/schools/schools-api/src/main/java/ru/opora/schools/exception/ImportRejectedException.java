package ru.opora.schools.exception;

import com.liferay.portal.kernel.exception.PortalException;

import ru.opora.schools.importing.SchoolImportResult;

/**
 * An all-or-nothing import found rejected rows: nothing was stored (the
 * transaction is rolled back) and the result lists every rejected row.
 */
public class ImportRejectedException extends PortalException {

	public ImportRejectedException(SchoolImportResult result) {
		super(result.getErrors().size() + " rows rejected");

		_result = result;
	}

	public SchoolImportResult getResult() {
		return _result;
	}

	private static final long serialVersionUID = 1L;

	private final transient SchoolImportResult _result;

}
