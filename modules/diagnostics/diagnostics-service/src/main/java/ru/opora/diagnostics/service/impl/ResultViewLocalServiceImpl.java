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

	public List<ResultView> getTeacherViews(long teacherUserId, int start, int end) {
		return resultViewPersistence.findByTeacherUserId(teacherUserId, start, end);
	}

}
