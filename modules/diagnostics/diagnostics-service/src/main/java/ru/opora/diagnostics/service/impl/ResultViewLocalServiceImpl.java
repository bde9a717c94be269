package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.service.base.ResultViewLocalServiceBaseImpl;

/**
 * The audit log of views of individual results: who saw whose data, when,
 * and what (attempt, results, route, school list). Written in its own
 * transaction so that a view is logged even if the page fails later.
 *
 * @author Opora
 */
@Component(property = "model.class.name=ru.opora.diagnostics.model.ResultView", service = AopService.class)
public class ResultViewLocalServiceImpl extends ResultViewLocalServiceBaseImpl {

	@Transactional(propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class)
	public ResultView logView(
		long viewerUserId, long companyId, long groupId, long teacherUserId, long attemptId, String what) {

		ResultView view = resultViewPersistence.create(counterLocalService.increment());
		User viewer = userLocalService.fetchUser(viewerUserId);

		view.setCompanyId(companyId);
		view.setGroupId(groupId);
		view.setUserId(viewerUserId);
		view.setUserName((viewer == null) ? "" : viewer.getFullName());
		view.setCreateDate(new Date());
		view.setTeacherUserId(teacherUserId);
		view.setAttemptId(attemptId);
		view.setWhat(what);

		return resultViewPersistence.update(view);
	}

	/** Views of a company's data, newest first; a filter of 0 is none. */
	public List<ResultView> getCompanyViews(
		long companyId, long teacherUserId, long viewerUserId, int start, int end) {

		if ((teacherUserId > 0) && (viewerUserId > 0)) {
			return resultViewPersistence.findByC_T_U(companyId, teacherUserId, viewerUserId, start, end);
		}

		if (teacherUserId > 0) {
			return resultViewPersistence.findByC_T(companyId, teacherUserId, start, end);
		}

		if (viewerUserId > 0) {
			return resultViewPersistence.findByC_U(companyId, viewerUserId, start, end);
		}

		return resultViewPersistence.findByCompanyId(companyId, start, end);
	}

	public int getCompanyViewsCount(long companyId, long teacherUserId, long viewerUserId) {
		if ((teacherUserId > 0) && (viewerUserId > 0)) {
			return resultViewPersistence.countByC_T_U(companyId, teacherUserId, viewerUserId);
		}

		if (teacherUserId > 0) {
			return resultViewPersistence.countByC_T(companyId, teacherUserId);
		}

		if (viewerUserId > 0) {
			return resultViewPersistence.countByC_U(companyId, viewerUserId);
		}

		return resultViewPersistence.countByCompanyId(companyId);
	}

	/** Views of a site's data (the site of the viewed attempt), newest first; a filter of 0 is none. */
	public List<ResultView> getGroupViews(long groupId, long teacherUserId, long viewerUserId, int start, int end) {
		if ((teacherUserId > 0) && (viewerUserId > 0)) {
			return resultViewPersistence.findByG_T_U(groupId, teacherUserId, viewerUserId, start, end);
		}

		if (teacherUserId > 0) {
			return resultViewPersistence.findByG_T(groupId, teacherUserId, start, end);
		}

		if (viewerUserId > 0) {
			return resultViewPersistence.findByG_U(groupId, viewerUserId, start, end);
		}

		return resultViewPersistence.findByGroupId(groupId, start, end);
	}

	public int getGroupViewsCount(long groupId, long teacherUserId, long viewerUserId) {
		if ((teacherUserId > 0) && (viewerUserId > 0)) {
			return resultViewPersistence.countByG_T_U(groupId, teacherUserId, viewerUserId);
		}

		if (teacherUserId > 0) {
			return resultViewPersistence.countByG_T(groupId, teacherUserId);
		}

		if (viewerUserId > 0) {
			return resultViewPersistence.countByG_U(groupId, viewerUserId);
		}

		return resultViewPersistence.countByGroupId(groupId);
	}

	/** Views of a teacher's data by other people (their own views are left out), newest first. */
	public List<ResultView> getViewsByOthers(long teacherUserId, int start, int end) {
		return resultViewPersistence.findByT_NotU(teacherUserId, teacherUserId, start, end);
	}

	public int getViewsByOthersCount(long teacherUserId) {
		return resultViewPersistence.countByT_NotU(teacherUserId, teacherUserId);
	}

}
