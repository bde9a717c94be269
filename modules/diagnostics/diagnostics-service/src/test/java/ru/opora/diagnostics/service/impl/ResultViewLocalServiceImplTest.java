package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.model.ResultView;
import ru.opora.diagnostics.model.impl.ResultViewImpl;
import ru.opora.diagnostics.service.persistence.ResultViewPersistence;
import ru.opora.testing.Fields;

/**
 * The audit log's writes and its filters: each combination of teacher and
 * viewer goes to its own finder, a teacher's own views are left out of
 * "viewed by others".
 */
class ResultViewLocalServiceImplTest {

	@BeforeEach
	void setUp() {
		Fields.set(_service, "resultViewPersistence", _persistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
	}

	@Test
	void logViewStoresWhoWhomWhatAndWhen() {
		User viewer = mock(User.class);

		when(viewer.getFullName()).thenReturn("Иванова Мария Петровна");
		when(_userLocalService.fetchUser(201)).thenReturn(viewer);
		when(_counterLocalService.increment()).thenReturn(77L);
		when(_persistence.create(77)).thenReturn(new ResultViewImpl());
		when(_persistence.update(org.mockito.ArgumentMatchers.any(ResultView.class))).thenAnswer(
			invocation -> invocation.getArgument(0));

		ResultView view = _service.logView(201, 1, 20, 101, 5, "result");

		assertEquals(201, view.getUserId());
		assertEquals("Иванова Мария Петровна", view.getUserName());
		assertEquals(1, view.getCompanyId());
		assertEquals(20, view.getGroupId());
		assertEquals(101, view.getTeacherUserId());
		assertEquals(5, view.getAttemptId());
		assertEquals("result", view.getWhat());
		assertEquals(true, view.getCreateDate() != null);
	}

	@Test
	void siteFiltersChooseTheirFinder() {
		when(_persistence.findByGroupId(20, 0, 50)).thenReturn(_all);
		when(_persistence.findByG_T(20, 101, 0, 50)).thenReturn(_byTeacher);
		when(_persistence.findByG_U(20, 201, 0, 50)).thenReturn(_byViewer);
		when(_persistence.findByG_T_U(20, 101, 201, 0, 50)).thenReturn(_byBoth);
		when(_persistence.countByGroupId(20)).thenReturn(4);
		when(_persistence.countByG_T(20, 101)).thenReturn(3);
		when(_persistence.countByG_U(20, 201)).thenReturn(2);
		when(_persistence.countByG_T_U(20, 101, 201)).thenReturn(1);

		assertSame(_all, _service.getGroupViews(20, 0, 0, 0, 50));
		assertSame(_byTeacher, _service.getGroupViews(20, 101, 0, 0, 50));
		assertSame(_byViewer, _service.getGroupViews(20, 0, 201, 0, 50));
		assertSame(_byBoth, _service.getGroupViews(20, 101, 201, 0, 50));
		assertEquals(4, _service.getGroupViewsCount(20, 0, 0));
		assertEquals(3, _service.getGroupViewsCount(20, 101, 0));
		assertEquals(2, _service.getGroupViewsCount(20, 0, 201));
		assertEquals(1, _service.getGroupViewsCount(20, 101, 201));
	}

	@Test
	void companyFiltersChooseTheirFinder() {
		when(_persistence.findByCompanyId(1, 0, 50)).thenReturn(_all);
		when(_persistence.findByC_T(1, 101, 0, 50)).thenReturn(_byTeacher);
		when(_persistence.findByC_U(1, 201, 0, 50)).thenReturn(_byViewer);
		when(_persistence.findByC_T_U(1, 101, 201, 0, 50)).thenReturn(_byBoth);
		when(_persistence.countByCompanyId(1)).thenReturn(4);
		when(_persistence.countByC_T(1, 101)).thenReturn(3);
		when(_persistence.countByC_U(1, 201)).thenReturn(2);
		when(_persistence.countByC_T_U(1, 101, 201)).thenReturn(1);

		assertSame(_all, _service.getCompanyViews(1, 0, 0, 0, 50));
		assertSame(_byTeacher, _service.getCompanyViews(1, 101, 0, 0, 50));
		assertSame(_byViewer, _service.getCompanyViews(1, 0, 201, 0, 50));
		assertSame(_byBoth, _service.getCompanyViews(1, 101, 201, 0, 50));
		assertEquals(4, _service.getCompanyViewsCount(1, 0, 0));
		assertEquals(3, _service.getCompanyViewsCount(1, 101, 0));
		assertEquals(2, _service.getCompanyViewsCount(1, 0, 201));
		assertEquals(1, _service.getCompanyViewsCount(1, 101, 201));
	}

	@Test
	void viewsByOthersLeaveOutTheTeachersOwn() {
		when(_persistence.findByT_NotU(101, 101, 0, 20)).thenReturn(_byTeacher);
		when(_persistence.countByT_NotU(101, 101)).thenReturn(3);

		assertSame(_byTeacher, _service.getViewsByOthers(101, 0, 20));
		assertEquals(3, _service.getViewsByOthersCount(101));
	}

	private final List<ResultView> _all = List.of(new ResultViewImpl(), new ResultViewImpl());
	private final List<ResultView> _byBoth = List.of(new ResultViewImpl());
	private final List<ResultView> _byTeacher = List.of(new ResultViewImpl());
	private final List<ResultView> _byViewer = List.of(new ResultViewImpl());
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final ResultViewPersistence _persistence = mock(ResultViewPersistence.class);
	private final ResultViewLocalServiceImpl _service = new ResultViewLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
