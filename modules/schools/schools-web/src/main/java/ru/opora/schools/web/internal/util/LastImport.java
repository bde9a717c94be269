package ru.opora.schools.web.internal.util;

import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;

import ru.opora.schools.importing.SchoolImportResult;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The user's last import of a workbook, kept in the portlet session so that
 * the result screen survives a reload and its rejected rows can be
 * downloaded. Not serializable on purpose: it lives as long as the session
 * on this node (one result, rows included).
 *
 * @author Opora
 */
public class LastImport {

	public static LastImport get(PortletRequest portletRequest) {
		PortletSession portletSession = portletRequest.getPortletSession(false);

		if (portletSession == null) {
			return null;
		}

		Object lastImport = portletSession.getAttribute(
			SchoolsWebKeys.LAST_IMPORT);

		if (lastImport instanceof LastImport) {
			return (LastImport)lastImport;
		}

		return null;
	}

	public LastImport(
		String fileName, SchoolImportResult schoolImportResult,
		boolean rolledBack) {

		_fileName = fileName;
		_schoolImportResult = schoolImportResult;
		_rolledBack = rolledBack;
	}

	public String getFileName() {
		return _fileName;
	}

	public SchoolImportResult getSchoolImportResult() {
		return _schoolImportResult;
	}

	/** Whether an all-or-nothing import found rejected rows and stored nothing. */
	public boolean isRolledBack() {
		return _rolledBack;
	}

	public void store(PortletRequest portletRequest) {
		portletRequest.getPortletSession(
		).setAttribute(
			SchoolsWebKeys.LAST_IMPORT, this
		);
	}

	private final String _fileName;
	private final boolean _rolledBack;
	private final SchoolImportResult _schoolImportResult;

}
