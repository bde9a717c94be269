/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MentorAssignmentHistoryLocalService}.
 *
 * @author Opora
 * @see MentorAssignmentHistoryLocalService
 * @generated
 */
public class MentorAssignmentHistoryLocalServiceWrapper
	implements MentorAssignmentHistoryLocalService,
			   ServiceWrapper<MentorAssignmentHistoryLocalService> {

	public MentorAssignmentHistoryLocalServiceWrapper() {
		this(null);
	}

	public MentorAssignmentHistoryLocalServiceWrapper(
		MentorAssignmentHistoryLocalService
			mentorAssignmentHistoryLocalService) {

		_mentorAssignmentHistoryLocalService =
			mentorAssignmentHistoryLocalService;
	}

	/**
	 * Adds the mentor assignment history to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 * @return the mentor assignment history that was added
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
		addMentorAssignmentHistory(
			ru.opora.mentoring.model.MentorAssignmentHistory
				mentorAssignmentHistory) {

		return _mentorAssignmentHistoryLocalService.addMentorAssignmentHistory(
			mentorAssignmentHistory);
	}

	/**
	 * Creates a new mentor assignment history with the primary key. Does not add the mentor assignment history to the database.
	 *
	 * @param mentorAssignmentHistoryId the primary key for the new mentor assignment history
	 * @return the new mentor assignment history
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
		createMentorAssignmentHistory(long mentorAssignmentHistoryId) {

		return _mentorAssignmentHistoryLocalService.
			createMentorAssignmentHistory(mentorAssignmentHistoryId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the mentor assignment history with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history that was removed
	 * @throws PortalException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
			deleteMentorAssignmentHistory(long mentorAssignmentHistoryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryLocalService.
			deleteMentorAssignmentHistory(mentorAssignmentHistoryId);
	}

	/**
	 * Deletes the mentor assignment history from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 * @return the mentor assignment history that was removed
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
		deleteMentorAssignmentHistory(
			ru.opora.mentoring.model.MentorAssignmentHistory
				mentorAssignmentHistory) {

		return _mentorAssignmentHistoryLocalService.
			deleteMentorAssignmentHistory(mentorAssignmentHistory);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _mentorAssignmentHistoryLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _mentorAssignmentHistoryLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _mentorAssignmentHistoryLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _mentorAssignmentHistoryLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _mentorAssignmentHistoryLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _mentorAssignmentHistoryLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _mentorAssignmentHistoryLocalService.dynamicQueryCount(
			dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _mentorAssignmentHistoryLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
		fetchMentorAssignmentHistory(long mentorAssignmentHistoryId) {

		return _mentorAssignmentHistoryLocalService.
			fetchMentorAssignmentHistory(mentorAssignmentHistoryId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _mentorAssignmentHistoryLocalService.getActionableDynamicQuery();
	}

	/**
	 * Status changes of the assignment, oldest first.
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignmentHistory>
		getAssignmentHistories(long mentorAssignmentId) {

		return _mentorAssignmentHistoryLocalService.getAssignmentHistories(
			mentorAssignmentId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _mentorAssignmentHistoryLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns a range of all the mentor assignment histories.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.mentoring.model.impl.MentorAssignmentHistoryModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of mentor assignment histories
	 * @param end the upper bound of the range of mentor assignment histories (not inclusive)
	 * @return the range of mentor assignment histories
	 */
	@Override
	public java.util.List<ru.opora.mentoring.model.MentorAssignmentHistory>
		getMentorAssignmentHistories(int start, int end) {

		return _mentorAssignmentHistoryLocalService.
			getMentorAssignmentHistories(start, end);
	}

	/**
	 * Returns the number of mentor assignment histories.
	 *
	 * @return the number of mentor assignment histories
	 */
	@Override
	public int getMentorAssignmentHistoriesCount() {
		return _mentorAssignmentHistoryLocalService.
			getMentorAssignmentHistoriesCount();
	}

	/**
	 * Returns the mentor assignment history with the primary key.
	 *
	 * @param mentorAssignmentHistoryId the primary key of the mentor assignment history
	 * @return the mentor assignment history
	 * @throws PortalException if a mentor assignment history with the primary key could not be found
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
			getMentorAssignmentHistory(long mentorAssignmentHistoryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryLocalService.getMentorAssignmentHistory(
			mentorAssignmentHistoryId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _mentorAssignmentHistoryLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _mentorAssignmentHistoryLocalService.getPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Updates the mentor assignment history in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MentorAssignmentHistoryLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param mentorAssignmentHistory the mentor assignment history
	 * @return the mentor assignment history that was updated
	 */
	@Override
	public ru.opora.mentoring.model.MentorAssignmentHistory
		updateMentorAssignmentHistory(
			ru.opora.mentoring.model.MentorAssignmentHistory
				mentorAssignmentHistory) {

		return _mentorAssignmentHistoryLocalService.
			updateMentorAssignmentHistory(mentorAssignmentHistory);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _mentorAssignmentHistoryLocalService.getBasePersistence();
	}

	@Override
	public MentorAssignmentHistoryLocalService getWrappedService() {
		return _mentorAssignmentHistoryLocalService;
	}

	@Override
	public void setWrappedService(
		MentorAssignmentHistoryLocalService
			mentorAssignmentHistoryLocalService) {

		_mentorAssignmentHistoryLocalService =
			mentorAssignmentHistoryLocalService;
	}

	private MentorAssignmentHistoryLocalService
		_mentorAssignmentHistoryLocalService;

}