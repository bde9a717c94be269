/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ResultViewService}.
 *
 * @author Opora
 * @see ResultViewService
 * @generated
 */
public class ResultViewServiceWrapper
	implements ResultViewService, ServiceWrapper<ResultViewService> {

	public ResultViewServiceWrapper() {
		this(null);
	}

	public ResultViewServiceWrapper(ResultViewService resultViewService) {
		_resultViewService = resultViewService;
	}

	/**
	 * Who else viewed the signed-in user's data, newest first.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView> getMyViews(
			int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getMyViews(start, end);
	}

	@Override
	public int getMyViewsCount()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getMyViewsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _resultViewService.getOSGiServiceIdentifier();
	}

	/**
	 * The views of every site's data of the region; groupId is the page's site.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView> getRegionViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getRegionViews(
			groupId, teacherUserId, viewerUserId, start, end);
	}

	@Override
	public int getRegionViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getRegionViewsCount(
			groupId, teacherUserId, viewerUserId);
	}

	/**
	 * The views of the site's data (attempts of the site's schools), newest first; a filter of 0 is none.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ResultView> getSiteViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getSiteViews(
			groupId, teacherUserId, viewerUserId, start, end);
	}

	@Override
	public int getSiteViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.getSiteViewsCount(
			groupId, teacherUserId, viewerUserId);
	}

	@Override
	public boolean hasRegionAccess(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _resultViewService.hasRegionAccess(groupId);
	}

	@Override
	public ResultViewService getWrappedService() {
		return _resultViewService;
	}

	@Override
	public void setWrappedService(ResultViewService resultViewService) {
		_resultViewService = resultViewService;
	}

	private ResultViewService _resultViewService;

}