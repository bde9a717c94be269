package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.internal.bank.BankRecords;
import ru.opora.diagnostics.model.Course;
import ru.opora.diagnostics.model.CourseEnrolment;
import ru.opora.diagnostics.service.base.CourseLocalServiceBaseImpl;
import ru.opora.domain.diagnostics.CourseOffer;
import ru.opora.domain.validation.Violations;

/**
 * The further-training course catalogue of a company (name, provider, hours,
 * format, dates, competences covered, link) and who enrolled and completed.
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.Course", service = AopService.class)
public class CourseLocalServiceImpl extends CourseLocalServiceBaseImpl {

	@Transactional(rollbackFor = Exception.class)
	public Course addCourse(
			long userId, long companyId, String name, String provider, int hours, String format, Date startDate,
			Date endDate, String competenceCodes, String url)
		throws PortalException {

		Course course = coursePersistence.create(counterLocalService.increment());

		course.setCompanyId(companyId);
		course.setCreateDate(new Date());

		return _save(userId, course, name, provider, hours, format, startDate, endDate, competenceCodes, url);
	}

	/** Marks a teacher's course completed (enrolling them if needed), with the certificate's file entry. */
	@Transactional(rollbackFor = Exception.class)
	public CourseEnrolment completeCourse(long userId, long courseId, long certificateFileEntryId)
		throws PortalException {

		CourseEnrolment enrolment = enrol(userId, courseId);

		enrolment.setStatus(DiagnosticsConstants.ENROLMENT_STATUS_COMPLETED);
		enrolment.setCompletedDate(new Date());
		enrolment.setCertificateFileEntryId(certificateFileEntryId);
		enrolment.setModifiedDate(new Date());

		return courseEnrolmentPersistence.update(enrolment);
	}

	@Transactional(rollbackFor = Exception.class)
	public CourseEnrolment enrol(long userId, long courseId) throws PortalException {
		Course course = coursePersistence.findByPrimaryKey(courseId);
		CourseEnrolment enrolment = courseEnrolmentPersistence.fetchByC_U(courseId, userId);

		if (enrolment != null) {
			return enrolment;
		}

		enrolment = courseEnrolmentPersistence.create(counterLocalService.increment());

		enrolment.setCompanyId(course.getCompanyId());
		enrolment.setUserId(userId);
		enrolment.setCreateDate(new Date());
		enrolment.setModifiedDate(new Date());
		enrolment.setCourseId(courseId);
		enrolment.setStatus(DiagnosticsConstants.ENROLMENT_STATUS_ENROLLED);

		return courseEnrolmentPersistence.update(enrolment);
	}

	public Course fetchCourseByName(long companyId, String name) {
		return coursePersistence.fetchByC_N(companyId, name);
	}

	public List<Course> getCompanyCourses(long companyId) {
		return coursePersistence.findByCompanyId(companyId);
	}

	public Set<Long> getCompletedCourseIds(long userId) {
		Set<Long> courseIds = new HashSet<>();

		for (CourseEnrolment enrolment : courseEnrolmentPersistence.findByUserId(userId)) {
			if (DiagnosticsConstants.ENROLMENT_STATUS_COMPLETED.equals(enrolment.getStatus())) {
				courseIds.add(enrolment.getCourseId());
			}
		}

		return courseIds;
	}

	public List<CourseEnrolment> getCourseEnrolments(long courseId) {
		return courseEnrolmentPersistence.findByCourseId(courseId);
	}

	/** The catalogue as the route rules see it. */
	public List<CourseOffer> getCourseOffers(long companyId) {
		List<CourseOffer> offers = new ArrayList<>();

		for (Course course : coursePersistence.findByCompanyId(companyId)) {
			offers.add(
				new CourseOffer(course.getCourseId(), course.getName(),
					new HashSet<>(BankRecords.codes(course.getCompetenceCodes())),
					Days.toLocalDate(course.getStartDate()), Days.toLocalDate(course.getEndDate()), course.getHours()));
		}

		return offers;
	}

	public List<CourseEnrolment> getUserEnrolments(long userId) {
		return courseEnrolmentPersistence.findByUserId(userId);
	}

	@Transactional(rollbackFor = Exception.class)
	public Course updateCourse(
			long userId, long courseId, String name, String provider, int hours, String format, Date startDate,
			Date endDate, String competenceCodes, String url)
		throws PortalException {

		return _save(userId, coursePersistence.findByPrimaryKey(courseId), name, provider, hours, format, startDate,
			endDate, competenceCodes, url);
	}

	private Course _save(
			long userId, Course course, String name, String provider, int hours, String format, Date startDate,
			Date endDate, String competenceCodes, String url)
		throws PortalException {

		Violations violations = new Violations();

		violations.requireText(name, 500, "name");
		violations.requireText(provider, 500, "provider");
		violations.require((hours >= 1) && (hours <= 2000), "hours", "out-of-range", 1, 2000);
		violations.requireLength(format, 255, "format");
		violations.require(startDate != null, "startDate", "required");
		violations.require(endDate != null, "endDate", "required");
		violations.require(
			(startDate == null) || (endDate == null) || !endDate.before(startDate), "endDate", "end-before-start");
		violations.require(!BankRecords.codes(competenceCodes).isEmpty(), "competenceCodes", "required");
		violations.requireLength(url, 1000, "url");
		violations.require(
			(url == null) || url.isBlank() || url.matches("https?://\\S+"), "url", "diagnostics-url-format");

		if (name != null) {
			Course sameName = coursePersistence.fetchByC_N(course.getCompanyId(), name.trim());

			violations.require(
				(sameName == null) || (sameName.getCourseId() == course.getCourseId()), "name",
				"diagnostics-duplicate-code", name);
		}

		if (!violations.isEmpty()) {
			throw new DiagnosticsValidationException(violations.list());
		}

		User user = userLocalService.fetchUser(userId);

		course.setUserId(userId);
		course.setUserName((user == null) ? "" : user.getFullName());
		course.setModifiedDate(new Date());
		course.setName(name.trim());
		course.setProvider(provider.trim());
		course.setHours(hours);
		course.setFormat((format == null) ? "" : format.trim());
		course.setStartDate(startDate);
		course.setEndDate(endDate);
		course.setCompetenceCodes(String.join(",", BankRecords.codes(competenceCodes)));
		course.setUrl((url == null) ? "" : url.trim());

		return coursePersistence.update(course);
	}

}
