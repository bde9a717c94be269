package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.ParamUtil;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.NoSuchCourseException;
import ru.opora.diagnostics.model.Course;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/**
 * A new course or an existing one of the catalogue, with the form's values
 * after a rejected save and the names of who enrolled and who completed.
 */
public class EditCourseDisplayContext extends BaseDisplayContext {

	public EditCourseDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		services.getPortletResourcePermission().check(
			themeDisplay.getPermissionChecker(), getGroupId(), DiagnosticsActionKeys.MANAGE_COURSES);

		long courseId = ParamUtil.getLong(renderRequest, "courseId");

		_course = (courseId > 0) ? _find(services, courseId) : null;
		_competenceNames = services.getAttemptService().getCompetenceNames(0);

		if (_course != null) {
			for (CourseEnrolment enrolment : services.getCourseService().getCourseEnrolments(getGroupId(), courseId)) {
				String name = _name(enrolment.getUserId());

				if (DiagnosticsConstants.ENROLMENT_STATUS_COMPLETED.equals(enrolment.getStatus())) {
					_completed.add(name + " (" + format(enrolment.getCompletedDate()) + ")");
				}
				else {
					_enrolled.add(name);
				}
			}
		}
	}

	/** Competence code → name, in the order of the bank. */
	public Map<String, String> getCompetenceNames() {
		return _competenceNames;
	}

	public List<String> getCompleted() {
		return _completed;
	}

	public long getCourseId() {
		return (_course == null) ? 0 : _course.getCourseId();
	}

	public List<String> getEnrolled() {
		return _enrolled;
	}

	/** The value of a field: the submitted one after an error, else the course's. */
	public String getValue(String field) {
		String submitted = ParamUtil.getString(renderRequest, field, null);

		if (submitted != null) {
			return submitted;
		}

		if (_course == null) {
			return "";
		}

		switch (field) {
			case "name":
				return _course.getName();
			case "provider":
				return _course.getProvider();
			case "hours":
				return String.valueOf(_course.getHours());
			case "format":
				return _course.getFormat();
			case "startDate":
				return _isoDay(_course.getStartDate());
			case "endDate":
				return _isoDay(_course.getEndDate());
			case "competenceCodes":
				return _course.getCompetenceCodes();
			case "url":
				return _course.getUrl();
			default:
				return "";
		}
	}

	public boolean isCovered(String competenceCode) {
		return Arrays.asList(getValue("competenceCodes").split(",")).contains(competenceCode);
	}

	public boolean isNew() {
		return _course == null;
	}

	private static Course _find(DiagnosticsServices services, long courseId) throws PortalException {
		for (Course course : services.getCourseService().getCourses()) {
			if (course.getCourseId() == courseId) {
				return course;
			}
		}

		throw new NoSuchCourseException();
	}

	private static String _isoDay(Date date) {
		if (date == null) {
			return "";
		}

		SimpleDateFormat simpleDateFormat = new SimpleDateFormat("yyyy-MM-dd");

		simpleDateFormat.setTimeZone(TimeZone.getTimeZone("UTC"));

		return simpleDateFormat.format(date);
	}

	private String _name(long userId) {
		User user = services.getUserLocalService().fetchUser(userId);

		return (user == null) ? message("diagnostics-deleted-user") : user.getFullName();
	}

	private final List<String> _completed = new ArrayList<>();
	private final Map<String, String> _competenceNames;
	private final Course _course;
	private final List<String> _enrolled = new ArrayList<>();

}
