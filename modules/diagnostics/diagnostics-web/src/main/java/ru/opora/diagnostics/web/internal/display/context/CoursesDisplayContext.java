package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.model.Course;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;

/** The course catalogue with the viewer's own enrolments and the competences each course covers. */
public class CoursesDisplayContext extends BaseDisplayContext {

	public CoursesDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_courses = services.getCourseService().getCourses();
		_names = services.getAttemptService().getCompetenceNames(0);

		for (CourseEnrolment enrolment : services.getCourseService().getMyEnrolments()) {
			_enrolments.put(enrolment.getCourseId(), enrolment);
		}
	}

	/** Whether the viewer adds and edits courses and sees who enrolled. */
	public boolean canManageCourses() {
		try {
			return services.getPortletResourcePermission().contains(
				themeDisplay.getPermissionChecker(), getGroupId(), DiagnosticsActionKeys.MANAGE_COURSES);
		}
		catch (Exception exception) {
			return false;
		}
	}

	public String getCompetences(Course course) {
		StringBuilder sb = new StringBuilder();

		for (String code : course.getCompetenceCodes().split(",")) {
			if (sb.length() > 0) {
				sb.append(", ");
			}

			sb.append(_names.getOrDefault(code, code));
		}

		return sb.toString();
	}

	public List<Course> getCourses() {
		return _courses;
	}

	/** The viewer's status on a course: enrolled, completed, or null. */
	public String getEnrolmentStatus(Course course) {
		CourseEnrolment enrolment = _enrolments.get(course.getCourseId());

		return (enrolment == null) ? null : enrolment.getStatus();
	}

	private final List<Course> _courses;
	private final Map<Long, CourseEnrolment> _enrolments = new HashMap<>();
	private final Map<String, String> _names;

}
