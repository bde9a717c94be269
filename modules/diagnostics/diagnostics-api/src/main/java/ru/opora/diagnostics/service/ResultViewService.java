/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.diagnostics.model.ResultView;

/**
 * Provides the remote service interface for ResultView. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see ResultViewServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ResultViewService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.ResultViewServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the result view remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ResultViewServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Who else viewed the signed-in user's data, newest first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ResultView> getMyViews(int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getMyViewsCount() throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The views of every site's data of the region; groupId is the page's site.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ResultView> getRegionViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getRegionViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws PortalException;

	/**
	 * The views of the site's data (attempts of the site's schools), newest first; a filter of 0 is none.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ResultView> getSiteViews(
			long groupId, long teacherUserId, long viewerUserId, int start,
			int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getSiteViewsCount(
			long groupId, long teacherUserId, long viewerUserId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasRegionAccess(long groupId) throws PortalException;

}