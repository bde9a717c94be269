package ru.opora.schools.importer;

import java.util.List;

/**
 * The file as a whole is rejected (not a workbook, hostile, too big…): nothing
 * was handed to the sink. The message key resolves through
 * {@code content/ImportMessages}.
 */
public class ImportFileException extends Exception {

	public ImportFileException(String key, Object... arguments) {
		this(key, null, arguments);
	}

	public ImportFileException(String key, Throwable cause, Object... arguments) {
		super(key + ((arguments.length == 0) ? "" : " " + List.of(arguments)), cause);

		_key = key;
		_arguments = List.of(arguments);
	}

	public List<Object> getArguments() {
		return _arguments;
	}

	public String getKey() {
		return _key;
	}

	private static final long serialVersionUID = 1L;

	private final List<Object> _arguments;
	private final String _key;

}
