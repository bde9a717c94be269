package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.Course;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.service.base.CourseServiceBaseImpl;

/**
 * The course catalogue: everyone signed in reads it and enrols themselves;
 * MANAGE_COURSES edits it; who enrolled in a course is for MANAGE_COURSES.
 *
 * @author Opora
 */
@Component(
	property = {"json.web.service.context.name=oporadiag", "json.web.service.context.path=Course"},
	service = AopService.class
)
public class CourseServiceImpl extends CourseServiceBaseImpl {

	public Course addCourse(
			long groupId, String name, String provider, int hours, String format, Date startDate, Date endDate,
			String competenceCodes, String url)
		throws PortalException {

		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.MANAGE_COURSES);

		return courseLocalService.addCourse(
			getUserId(), _groupLocalService.getGroup(groupId).getCompanyId(), name, provider, hours, format, startDate,
			endDate, competenceCodes, url);
	}

	public CourseEnrolment enrol(long courseId) throws PortalException {
		Course course = courseLocalService.getCourse(courseId);

		if (course.getCompanyId() != getPermissionChecker().getCompanyId()) {
			throw new ru.opora.diagnostics.exception.NoSuchCourseException();
		}

		return courseLocalService.enrol(getUserId(), courseId);
	}

	public List<Course> getCourses() throws PortalException {
		getUserId();

		return courseLocalService.getCompanyCourses(getPermissionChecker().getCompanyId());
	}

	public List<CourseEnrolment> getCourseEnrolments(long groupId, long courseId) throws PortalException {
		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.MANAGE_COURSES);

		Course course = courseLocalService.getCourse(courseId);

		if (course.getCompanyId() != _groupLocalService.getGroup(groupId).getCompanyId()) {
			throw new ru.opora.diagnostics.exception.NoSuchCourseException();
		}

		return courseLocalService.getCourseEnrolments(courseId);
	}

	public List<CourseEnrolment> getMyEnrolments() throws PortalException {
		return courseLocalService.getUserEnrolments(getUserId());
	}

	public Course updateCourse(
			long groupId, long courseId, String name, String provider, int hours, String format, Date startDate,
			Date endDate, String competenceCodes, String url)
		throws PortalException {

		_portletResourcePermission.check(getPermissionChecker(), groupId, DiagnosticsActionKeys.MANAGE_COURSES);

		Course course = courseLocalService.getCourse(courseId);

		if (course.getCompanyId() != _groupLocalService.getGroup(groupId).getCompanyId()) {
			throw new ru.opora.diagnostics.exception.NoSuchCourseException();
		}

		return courseLocalService.updateCourse(
			getUserId(), courseId, name, provider, hours, format, startDate, endDate, competenceCodes, url);
	}

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(target = "(resource.name=" + DiagnosticsConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
