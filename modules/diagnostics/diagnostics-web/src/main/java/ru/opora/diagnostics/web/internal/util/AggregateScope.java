package ru.opora.diagnostics.web.internal.util;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.Set;
import java.util.TreeSet;

import ru.opora.domain.diagnostics.Aggregates;
import ru.opora.portal.constants.OporaRoleNames;
import ru.opora.schools.model.School;

/**
 * The aggregates of the current site, or of the whole region (every site that
 * has schools) for regional coordinators; the services check both.
 */
public final class AggregateScope {

	public static final String REGION = "region";

	public static Aggregates aggregates(DiagnosticsServices services, ThemeDisplay themeDisplay, boolean region)
		throws PortalException {

		if (!region) {
			return services.getAttemptService().getAggregates(themeDisplay.getScopeGroupId());
		}

		Set<Long> groupIds = new TreeSet<>();

		for (School school : services.getSchoolService().getCompanySchools(themeDisplay.getCompanyId())) {
			groupIds.add(school.getGroupId());
		}

		long[] ids = new long[groupIds.size()];
		int i = 0;

		for (long groupId : groupIds) {
			ids[i++] = groupId;
		}

		return services.getAttemptService().getRegionAggregates(ids);
	}

	public static boolean isRegionalCoordinator(DiagnosticsServices services, ThemeDisplay themeDisplay) {
		try {
			return services.getRoleLocalService().hasUserRole(
				themeDisplay.getUserId(), themeDisplay.getCompanyId(), OporaRoleNames.REGIONAL_COORDINATOR, true);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	private AggregateScope() {
	}

}
