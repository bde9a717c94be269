package ru.opora.schools.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * The file as a whole was refused (not a workbook, hostile, too many rows…):
 * {@link #getKey()} is the localised message key, with its arguments.
 */
public class ImportFileRejectedException extends PortalException {

	public ImportFileRejectedException(String key, List<Object> arguments) {
		super(key + " " + arguments);

		_key = key;
		_arguments = List.copyOf(arguments);
	}

	public List<Object> getArguments() {
		return _arguments;
	}

	public String getKey() {
		return _key;
	}

	private static final long serialVersionUID = 1L;

	private final transient List<Object> _arguments;
	private final String _key;

}
