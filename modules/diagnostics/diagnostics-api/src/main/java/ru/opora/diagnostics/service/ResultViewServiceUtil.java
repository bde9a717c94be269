/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.service.Snapshot;

import java.util.List;

import ru.opora.diagnostics.model.ResultView;

/**
 * Provides the remote service utility for ResultView. This utility wraps
 * <code>ru.opora.diagnostics.service.impl.ResultViewServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Opora
 * @see ResultViewService
 * @generated
 */
public class ResultViewServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.ResultViewServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Who else viewed the signed-in user's data, newest first.
	 */
	public static List<ResultView> getMyViews(int start, int end)
		throws PortalException {

		return getService().getMyViews(start, end);
	}

	public static int getMyViewsCount() throws PortalException {
		return getService().getMyViewsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * The views of every site's data of the region; groupId is the page's site.
	 */
	public static List<ResultView> getRegionViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws PortalException {

		return getService().getRegionViews(
			groupId, teacherUserId, viewerUserId, start, end);
	}

	public static int getRegionViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws PortalException {

		return getService().getRegionViewsCount(
			groupId, teacherUserId, viewerUserId);
	}

	/**
	 * The views of the site's data (attempts of the site's schools), newest first; a filter of 0 is none.
	 */
	public static List<ResultView> getSiteViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws PortalException {

		return getService().getSiteViews(
			groupId, teacherUserId, viewerUserId, start, end);
	}

	public static int getSiteViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws PortalException {

		return getService().getSiteViewsCount(
			groupId, teacherUserId, viewerUserId);
	}

	public static boolean hasRegionAccess(long groupId) throws PortalException {
		return getService().hasRegionAccess(groupId);
	}

	public static ResultViewService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<ResultViewService> _serviceSnapshot =
		new Snapshot<>(ResultViewServiceUtil.class, ResultViewService.class);

}