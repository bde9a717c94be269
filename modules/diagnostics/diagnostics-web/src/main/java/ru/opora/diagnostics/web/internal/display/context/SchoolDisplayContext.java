package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.schools.model.School;

/**
 * A school leader's view: the schools of the site whose organisation the
 * viewer belongs to, and the diagnostics of the chosen school's teachers
 * (the service lets only its leaders, or coordinators where allowed, read
 * them, and logs each).
 */
public class SchoolDisplayContext extends BaseDisplayContext {

	public SchoolDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		for (School school : services.getSchoolService().getGroupSchools(getGroupId())) {
			if ((school.getOrganizationId() > 0) &&
				services.getOrganizationLocalService().hasUserOrganization(
					themeDisplay.getUserId(), school.getOrganizationId())) {

				_schools.add(school);
			}
		}

		long schoolId = ParamUtil.getLong(renderRequest, "schoolId");

		if ((schoolId == 0) && !_schools.isEmpty()) {
			schoolId = _schools.get(0).getSchoolId();
		}

		_schoolId = schoolId;
		_attempts = (schoolId == 0) ? List.of() : services.getAttemptService().getSchoolAttempts(schoolId);
	}

	public List<Attempt> getAttempts() {
		return _attempts;
	}

	public long getSchoolId() {
		return _schoolId;
	}

	public List<School> getSchools() {
		return _schools;
	}

	public String getStatusLabel(Attempt attempt) {
		return message("diagnostics-attempt-status-" + attempt.getStatus());
	}

	private final List<Attempt> _attempts;
	private final long _schoolId;
	private final List<School> _schools = new ArrayList<>();

}
