package ru.opora.diagnostics.internal.demo;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.PropsUtil;

import java.time.LocalDate;
import java.util.List;

import ru.opora.diagnostics.internal.Days;
import ru.opora.diagnostics.service.CourseLocalService;
import ru.opora.diagnostics.service.ItemBankLocalService;

/**
 * Company-level demo data of diagnostics when {@value #PROPERTY} is true: the
 * demo bank published as version 1 (only if the company has no published
 * bank) and seed 004's courses (each only if no course has its name), dated
 * from the given day. Safe on every start.
 */
public class DiagnosticsDemoDataLoader {

	public static final String PROPERTY = "opora.demo.data.enabled";

	public DiagnosticsDemoDataLoader(ItemBankLocalService itemBankLocalService, CourseLocalService courseLocalService) {
		_itemBankLocalService = itemBankLocalService;
		_courseLocalService = courseLocalService;
	}

	public static boolean enabled() {
		return GetterUtil.getBoolean(PropsUtil.get(PROPERTY));
	}

	/** Returns the number of records added. */
	public int load(long companyId, long userId, LocalDate today) throws PortalException {
		int added = 0;

		if (_itemBankLocalService.fetchLatestPublished(companyId) == null) {
			_itemBankLocalService.replaceDraft(userId, companyId, DemoBank.bank());
			_itemBankLocalService.publishDraft(userId, companyId);
			added++;
		}

		List<String[]> courses = DemoBank.courses();

		for (int i = 0; i < courses.size(); i++) {
			String[] course = courses.get(i);

			if (_courseLocalService.fetchCourseByName(companyId, course[0]) != null) {
				continue;
			}

			LocalDate start = today.plusDays(30L * (i % 4) + 14);
			int hours = Integer.parseInt(course[2]);

			_courseLocalService.addCourse(
				userId, companyId, course[0], course[1], hours, course[3], Days.toDate(start),
				Days.toDate(start.plusWeeks(Math.max(2, hours / 12))), course[4], "https://kuz-edu.ru/");
			added++;
		}

		return added;
	}

	private final CourseLocalService _courseLocalService;
	private final ItemBankLocalService _itemBankLocalService;

}
