package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolService;

/**
 * Names of schools and people as the current user may see them, through the
 * permission-checked services: the site's schools and members first, then a
 * single look-up; what may not be seen shows as "School #id" / "User #id".
 *
 * @author Opora
 */
public class Names {

	public Names(
		long groupId, SchoolService schoolService, UserService userService,
		Translator translator) {

		_groupId = groupId;
		_schoolService = schoolService;
		_userService = userService;
		_translator = translator;
	}

	public String school(long schoolId) {
		if (schoolId <= 0) {
			return Figures.UNKNOWN;
		}

		String name = _getSiteSchools().get(schoolId);

		if (name != null) {
			return name;
		}

		return _otherSchools.computeIfAbsent(
			schoolId,
			id -> {
				try {
					return _schoolService.getSchool(id).getName();
				}
				catch (PortalException portalException) {
					return _translator.format(
						"opora-mentoring-school-x", new Object[] {id});
				}
			});
	}

	/** The site's schools the user may view, by name. */
	public List<SelectOption> schoolOptions(long selectedSchoolId) {
		List<SelectOption> options = new ArrayList<>();

		for (Map.Entry<Long, String> entry : _getSiteSchools().entrySet()) {
			options.add(
				new SelectOption(
					String.valueOf(entry.getKey()), entry.getValue(),
					entry.getKey() == selectedSchoolId));
		}

		options.sort((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel()));

		return options;
	}

	public String user(long userId) {
		if (userId <= 0) {
			return Figures.UNKNOWN;
		}

		String name = _getSiteMembers().get(userId);

		if (name != null) {
			return name;
		}

		return _otherUsers.computeIfAbsent(
			userId,
			id -> {
				try {
					return _userService.getUserById(id).getFullName();
				}
				catch (PortalException portalException) {
					return _translator.format(
						"opora-mentoring-user-x", new Object[] {id});
				}
			});
	}

	/** The site's members the user may list, by name. */
	public List<SelectOption> userOptions(long selectedUserId) {
		List<SelectOption> options = new ArrayList<>();

		for (Map.Entry<Long, String> entry : _getSiteMembers().entrySet()) {
			options.add(
				new SelectOption(
					String.valueOf(entry.getKey()), entry.getValue(),
					entry.getKey() == selectedUserId));
		}

		options.sort((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel()));

		return options;
	}

	private Map<Long, String> _getSiteMembers() {
		if (_siteMembers == null) {
			Map<Long, String> siteMembers = new LinkedHashMap<>();

			try {
				for (User user : _userService.getGroupUsers(_groupId)) {
					siteMembers.put(user.getUserId(), user.getFullName());
				}
			}
			catch (PortalException portalException) {

				// Who may not list the members sees ids only

				siteMembers = Collections.emptyMap();
			}

			_siteMembers = siteMembers;
		}

		return _siteMembers;
	}

	private Map<Long, String> _getSiteSchools() {
		if (_siteSchools == null) {
			Map<Long, String> siteSchools = new LinkedHashMap<>();

			try {
				for (School school : _schoolService.getGroupSchools(_groupId)) {
					siteSchools.put(school.getSchoolId(), school.getName());
				}
			}
			catch (PortalException portalException) {
				siteSchools = Collections.emptyMap();
			}

			_siteSchools = siteSchools;
		}

		return _siteSchools;
	}

	private final long _groupId;
	private final Map<Long, String> _otherSchools = new HashMap<>();
	private final Map<Long, String> _otherUsers = new HashMap<>();
	private final SchoolService _schoolService;
	private Map<Long, String> _siteMembers;
	private Map<Long, String> _siteSchools;
	private final Translator _translator;
	private final UserService _userService;

}
