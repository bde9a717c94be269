package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;

import java.text.DateFormat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import ru.opora.diagnostics.model.ResultView;

/**
 * How a row of the audit log reads, on the page and in the export: the time
 * in the reader's zone, the viewer's name as stored at the view, the name of
 * the person whose data it was, what was viewed, the site.
 *
 * @author Opora
 */
public class ResultViewLabels {

	public ResultViewLabels(DiagnosticsServices services, Locale locale, TimeZone timeZone) {
		_services = services;
		_locale = locale;
		_timeZone = timeZone;
	}

	public String dateTime(ResultView view) {
		DateFormat dateFormat = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, _locale);

		dateFormat.setTimeZone(_timeZone);

		return dateFormat.format(view.getCreateDate());
	}

	public String siteName(ResultView view) {
		return _siteNames.computeIfAbsent(
			view.getGroupId(),
			groupId -> {
				Group group = _services.getGroupLocalService().fetchGroup(groupId);

				return (group == null) ? String.valueOf(groupId) : group.getName(_locale);
			});
	}

	public String teacherName(ResultView view) {
		return userName(view.getTeacherUserId(), null);
	}

	/** A user's name: the stored one if given, else the portal's, else «former user #id». */
	public String userName(long userId, String storedName) {
		if ((storedName != null) && !storedName.isEmpty()) {
			return storedName;
		}

		return _names.computeIfAbsent(
			userId,
			id -> {
				User user = _services.getUserLocalService().fetchUser(id);

				return (user == null) ?
					_services.getLanguage().format(_locale, "diagnostics-audit-unknown-user", new Object[] {id}, false) :
						user.getFullName();
			});
	}

	public String viewerName(ResultView view) {
		return userName(view.getUserId(), view.getUserName());
	}

	public String what(ResultView view) {
		String what = view.getWhat();

		if ((what == null) || what.isEmpty()) {
			return "";
		}

		String key = "diagnostics-audit-what-" + what;
		String label = _services.getLanguage().format(_locale, key, new Object[0], false);

		return key.equals(label) ? what : label;
	}

	private final Locale _locale;
	private final Map<Long, String> _names = new HashMap<>();
	private final DiagnosticsServices _services;
	private final Map<Long, String> _siteNames = new HashMap<>();
	private final TimeZone _timeZone;

}
