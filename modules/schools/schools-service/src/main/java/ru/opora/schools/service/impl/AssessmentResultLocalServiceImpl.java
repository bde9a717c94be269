/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;

import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.base.AssessmentResultLocalServiceBaseImpl;

/**
 * Assessment results, stored once per school, year, assessment, grade and
 * subject. {@link #updateAssessmentResult} is an upsert on that key, and
 * storing the same figures again changes nothing (imports are idempotent).
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.schools.model.AssessmentResult",
	service = AopService.class
)
public class AssessmentResultLocalServiceImpl
	extends AssessmentResultLocalServiceBaseImpl {

	/** The stored result on its key, or null. */
	@Override
	public AssessmentResult fetchAssessmentResult(
		long schoolId, int assessmentYear, String assessmentType, int grade,
		String subject) {

		return assessmentResultPersistence.fetchByS_AY_AT_G_S(
			schoolId, assessmentYear, assessmentType, grade, subject);
	}

	@Override
	public List<AssessmentResult> getGroupAssessmentResults(
		long groupId, int assessmentYear) {

		return assessmentResultPersistence.findByG_AY(groupId, assessmentYear);
	}

	@Override
	public List<AssessmentResult> getSchoolAssessmentResults(long schoolId) {
		return assessmentResultPersistence.findBySchoolId(schoolId);
	}

	@Override
	public AssessmentResult updateAssessmentResult(
			long userId, long schoolId, ResultFigures figures,
			ServiceContext serviceContext)
		throws PortalException {

		School school = schoolPersistence.findByPrimaryKey(schoolId);

		if (figures == null) {
			throw new OporaValidationException(
				new Violations().add("result", "required").list());
		}

		Violations violations = figures.validate();

		SchoolLevel schoolLevel = SchoolLevel.parse(
			school.getSchoolLevel()
		).orElse(
			SchoolLevel.SECONDARY
		);

		if (figures.grade() > schoolLevel.maxGrade()) {

			violations.add(
				"grade", "grade-above-school-level", figures.grade(),
				school.getSchoolLevel());
		}

		if (!violations.isEmpty()) {
			throw new OporaValidationException(violations.list());
		}

		String subject = figures.subject().trim();

		AssessmentResult assessmentResult =
			assessmentResultPersistence.fetchByS_AY_AT_G_S(
				schoolId, figures.year(), figures.assessment().code(),
				figures.grade(), subject);

		Date now = new Date();

		if (assessmentResult == null) {
			User user = userLocalService.getUser(userId);

			assessmentResult = assessmentResultPersistence.create(
				counterLocalService.increment(AssessmentResult.class.getName()));

			assessmentResult.setGroupId(school.getGroupId());
			assessmentResult.setCompanyId(school.getCompanyId());
			assessmentResult.setUserId(user.getUserId());
			assessmentResult.setUserName(user.getFullName());
			assessmentResult.setCreateDate(serviceContext.getCreateDate(now));
			assessmentResult.setSchoolId(schoolId);
			assessmentResult.setAssessmentYear(figures.year());
			assessmentResult.setAssessmentType(figures.assessment().code());
			assessmentResult.setGrade(figures.grade());
			assessmentResult.setSubject(subject);
		}
		else if (Objects.equals(
					assessmentResult.toResultFigures(),
					_withSubject(figures, subject))) {

			return assessmentResult;
		}

		assessmentResult.setModifiedDate(serviceContext.getModifiedDate(now));
		assessmentResult.setParticipants(figures.participants());
		assessmentResult.setMarksGiven(figures.hasMarks());
		assessmentResult.setMarks2(_toInt(figures.marks2()));
		assessmentResult.setMarks3(_toInt(figures.marks3()));
		assessmentResult.setMarks4(_toInt(figures.marks4()));
		assessmentResult.setMarks5(_toInt(figures.marks5()));
		assessmentResult.setMeanScore(
			SchoolsConstants.toStored(figures.meanScore()));
		assessmentResult.setShareBelowThreshold(
			SchoolsConstants.toStored(figures.shareBelowThreshold()));

		return assessmentResultPersistence.update(assessmentResult);
	}

	private static int _toInt(Integer value) {
		return (value == null) ? 0 : value;
	}

	private static ResultFigures _withSubject(
		ResultFigures figures, String subject) {

		return new ResultFigures(
			figures.assessment(), figures.year(), figures.grade(), subject,
			figures.participants(), figures.marks2(), figures.marks3(),
			figures.marks4(), figures.marks5(), figures.meanScore(),
			figures.shareBelowThreshold());
	}

}
