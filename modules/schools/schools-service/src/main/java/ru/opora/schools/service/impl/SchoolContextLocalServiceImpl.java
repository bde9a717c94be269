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

import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.constants.SchoolsConstants;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.base.SchoolContextLocalServiceBaseImpl;

/**
 * A school's context figures, one row per school and year (upsert).
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.schools.model.SchoolContext",
	service = AopService.class
)
public class SchoolContextLocalServiceImpl
	extends SchoolContextLocalServiceBaseImpl {

	@Override
	public SchoolContext fetchSchoolContext(long schoolId, int contextYear) {
		return schoolContextPersistence.fetchByS_CY(schoolId, contextYear);
	}

	@Override
	public List<SchoolContext> getSchoolContexts(long schoolId) {
		return schoolContextPersistence.findBySchoolId(schoolId);
	}

	@Override
	public SchoolContext updateSchoolContext(
			long userId, long schoolId, ContextFigures figures,
			ServiceContext serviceContext)
		throws PortalException {

		School school = schoolPersistence.findByPrimaryKey(schoolId);

		Violations violations =
			(figures == null) ? new Violations().add("context", "required") :
				figures.validate();

		if (!violations.isEmpty()) {
			throw new OporaValidationException(violations.list());
		}

		SchoolContext schoolContext = schoolContextPersistence.fetchByS_CY(
			schoolId, figures.year());

		Date now = new Date();

		if (schoolContext == null) {
			User user = userLocalService.getUser(userId);

			schoolContext = schoolContextPersistence.create(
				counterLocalService.increment(SchoolContext.class.getName()));

			schoolContext.setGroupId(school.getGroupId());
			schoolContext.setCompanyId(school.getCompanyId());
			schoolContext.setUserId(user.getUserId());
			schoolContext.setUserName(user.getFullName());
			schoolContext.setCreateDate(serviceContext.getCreateDate(now));
			schoolContext.setSchoolId(schoolId);
			schoolContext.setContextYear(figures.year());
		}
		else if (Objects.equals(schoolContext.toContextFigures(), figures)) {
			return schoolContext;
		}

		schoolContext.setModifiedDate(serviceContext.getModifiedDate(now));
		schoolContext.setPupilsCount(figures.pupilsCount());
		schoolContext.setShareSingleParent(
			SchoolsConstants.toStored(figures.shareSingleParent()));
		schoolContext.setShareBothParentsHigherEdu(
			SchoolsConstants.toStored(figures.shareBothParentsHigherEducation()));
		schoolContext.setShareParentHigherEdu(
			SchoolsConstants.toStored(figures.shareParentHigherEducation()));
		schoolContext.setShareDeviantRegistered(
			SchoolsConstants.toStored(figures.shareDeviantRegistered()));
		schoolContext.setShareNonNativeRussian(
			SchoolsConstants.toStored(figures.shareNonNativeRussian()));
		schoolContext.setShareLowIncome(
			SchoolsConstants.toStored(figures.shareLowIncome()));
		schoolContext.setTeacherVacancies(figures.teacherVacancies());
		schoolContext.setShareTeachersAged65Plus(
			SchoolsConstants.toStored(figures.shareTeachersAged65Plus()));
		schoolContext.setShareTeachersDoubleLoad(
			SchoolsConstants.toStored(figures.shareTeachersDoubleLoad()));
		schoolContext.setNeedsMajorRepair(figures.needsMajorRepair());
		schoolContext.setHasHighSpeedInternet(figures.hasHighSpeedInternet());
		schoolContext.setHasGrowthPointCentre(figures.hasGrowthPointCentre());

		return schoolContextPersistence.update(schoolContext);
	}

}
