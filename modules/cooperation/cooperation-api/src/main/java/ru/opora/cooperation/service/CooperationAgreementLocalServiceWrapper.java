/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CooperationAgreementLocalService}.
 *
 * @author Opora
 * @see CooperationAgreementLocalService
 * @generated
 */
public class CooperationAgreementLocalServiceWrapper
	implements CooperationAgreementLocalService,
			   ServiceWrapper<CooperationAgreementLocalService> {

	public CooperationAgreementLocalServiceWrapper() {
		this(null);
	}

	public CooperationAgreementLocalServiceWrapper(
		CooperationAgreementLocalService cooperationAgreementLocalService) {

		_cooperationAgreementLocalService = cooperationAgreementLocalService;
	}

	/**
	 * Adds a draft; it may still lack programmes (checked when it goes on approval).
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement addAgreement(
			long userId, long groupId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.addAgreement(
			userId, groupId, agreementData, serviceContext);
	}

	/**
	 * Adds the cooperation agreement to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CooperationAgreementLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param cooperationAgreement the cooperation agreement
	 * @return the cooperation agreement that was added
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
		addCooperationAgreement(
			ru.opora.cooperation.model.CooperationAgreement
				cooperationAgreement) {

		return _cooperationAgreementLocalService.addCooperationAgreement(
			cooperationAgreement);
	}

	/**
	 * Makes a new version (a draft) of an agreement in force, with the same
	 * number and a copy of its contents; when the new version is signed, this
	 * one is superseded.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement amendAgreement(
			long userId, long agreementId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.amendAgreement(
			userId, agreementId, serviceContext);
	}

	/**
	 * The municipal coordinator's approval of an agreement on approval.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement approveAsCoordinator(
			long userId, long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.approveAsCoordinator(
			userId, agreementId, comment, serviceContext);
	}

	/**
	 * The approval of one party (its director) of an agreement on approval.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement approveAsParty(
			long userId, long agreementPartyId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.approveAsParty(
			userId, agreementPartyId, comment, serviceContext);
	}

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
		createCooperationAgreement(long agreementId) {

		return _cooperationAgreementLocalService.createCooperationAgreement(
			agreementId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the cooperation agreement from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CooperationAgreementLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param cooperationAgreement the cooperation agreement
	 * @return the cooperation agreement that was removed
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
		deleteCooperationAgreement(
			ru.opora.cooperation.model.CooperationAgreement
				cooperationAgreement) {

		return _cooperationAgreementLocalService.deleteCooperationAgreement(
			cooperationAgreement);
	}

	/**
	 * Deletes the cooperation agreement with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CooperationAgreementLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement that was removed
	 * @throws PortalException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
			deleteCooperationAgreement(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.deleteCooperationAgreement(
			agreementId);
	}

	/**
	 * Deletes a draft; other statuses are kept for the history.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement deleteDraft(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.deleteDraft(agreementId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _cooperationAgreementLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _cooperationAgreementLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _cooperationAgreementLocalService.dynamicQuery();
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

		return _cooperationAgreementLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.CooperationAgreementModelImpl</code>.
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

		return _cooperationAgreementLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.CooperationAgreementModelImpl</code>.
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

		return _cooperationAgreementLocalService.dynamicQuery(
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

		return _cooperationAgreementLocalService.dynamicQueryCount(
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

		return _cooperationAgreementLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement
		fetchCooperationAgreement(long agreementId) {

		return _cooperationAgreementLocalService.fetchCooperationAgreement(
			agreementId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _cooperationAgreementLocalService.getActionableDynamicQuery();
	}

	/**
	 * The stored agreement as the domain core sees it.
	 */
	@Override
	public ru.opora.domain.cooperation.AgreementData getAgreementData(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.getAgreementData(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getAgreementsByStatus(String status) {

		return _cooperationAgreementLocalService.getAgreementsByStatus(status);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getAgreementVersions(long rootAgreementId) {

		return _cooperationAgreementLocalService.getAgreementVersions(
			rootAgreementId);
	}

	/**
	 * Who has approved an agreement and who has still to.
	 */
	@Override
	public ru.opora.domain.cooperation.ApprovalState getApprovalState(
			long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.getApprovalState(agreementId);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getCompanyAgreements(long companyId) {

		return _cooperationAgreementLocalService.getCompanyAgreements(
			companyId);
	}

	/**
	 * Returns the cooperation agreement with the primary key.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws PortalException if a cooperation agreement with the primary key could not be found
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
			getCooperationAgreement(long agreementId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.getCooperationAgreement(
			agreementId);
	}

	/**
	 * Returns a range of all the cooperation agreements.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ru.opora.cooperation.model.impl.CooperationAgreementModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of cooperation agreements
	 * @param end the upper bound of the range of cooperation agreements (not inclusive)
	 * @return the range of cooperation agreements
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getCooperationAgreements(int start, int end) {

		return _cooperationAgreementLocalService.getCooperationAgreements(
			start, end);
	}

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
	 */
	@Override
	public int getCooperationAgreementsCount() {
		return _cooperationAgreementLocalService.
			getCooperationAgreementsCount();
	}

	/**
	 * The agreements of a municipality: made in its site, or with a party
	 * school of its site.
	 */
	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getGroupAgreements(long groupId) {

		return _cooperationAgreementLocalService.getGroupAgreements(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _cooperationAgreementLocalService.
			getIndexableActionableDynamicQuery();
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getOrganizationAgreements(long organizationId) {

		return _cooperationAgreementLocalService.getOrganizationAgreements(
			organizationId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _cooperationAgreementLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.getPersistedModel(
			primaryKeyObj);
	}

	@Override
	public java.util.List<ru.opora.cooperation.model.CooperationAgreement>
		getSchoolAgreements(long schoolId) {

		return _cooperationAgreementLocalService.getSchoolAgreements(schoolId);
	}

	/**
	 * Whether the municipality asks its coordinator to approve agreements (Site Settings).
	 */
	@Override
	public boolean isCoordinatorApprovalRequired(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.isCoordinatorApprovalRequired(
			groupId);
	}

	/**
	 * Records the expiry alert sent so that it is not sent again.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement markAlertSent(
			long agreementId, String alertCode)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.markAlertSent(
			agreementId, alertCode);
	}

	/**
	 * Sends an agreement on approval back to draft; the approvals given are cleared.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement returnToDraft(
			long userId, long agreementId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.returnToDraft(
			userId, agreementId, reason, serviceContext);
	}

	/**
	 * The daily step of one agreement: activation on the start day, automatic
	 * prolongation or expiry after the end.
	 *
	 * @return the step taken
	 */
	@Override
	public ru.opora.domain.cooperation.DailyStep.Action runDailyStep(
			long agreementId, java.time.LocalDate today)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.runDailyStep(
			agreementId, today);
	}

	/**
	 * Attaches the generated document (a file entry of the agreement's folder).
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement setDocument(
			long userId, long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.setDocument(
			userId, agreementId, fileEntryId);
	}

	@Override
	public ru.opora.cooperation.model.CooperationAgreement setFolder(
			long agreementId, long folderId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.setFolder(
			agreementId, folderId);
	}

	/**
	 * Attaches the signed scan (a file entry of the agreement's folder).
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement setSignedScan(
			long userId, long agreementId, long fileEntryId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.setSignedScan(
			userId, agreementId, fileEntryId);
	}

	/**
	 * Signs an agreement on approval: every party and, if required, the
	 * coordinator must have approved. It becomes active at once when its term
	 * has started; the version it amends is superseded.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement signAgreement(
			long userId, long agreementId, java.time.LocalDate today,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.signAgreement(
			userId, agreementId, today, serviceContext);
	}

	/**
	 * Sends a draft on approval: it must now be complete (art. 15: programmes
	 * with a delivering party for every module). The municipality's setting
	 * at this moment decides whether the coordinator approves too.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement submitAgreement(
			long userId, long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.submitAgreement(
			userId, agreementId, comment, serviceContext);
	}

	/**
	 * Terminates an agreement in force early; the reason is required, the history kept.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement terminateAgreement(
			long userId, long agreementId, String reason,
			java.time.LocalDate terminationDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.terminateAgreement(
			userId, agreementId, reason, terminationDate, serviceContext);
	}

	/**
	 * Saves a draft as a whole: header, parties, programmes, modules, resources.
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement updateAgreement(
			long userId, long agreementId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _cooperationAgreementLocalService.updateAgreement(
			userId, agreementId, agreementData, serviceContext);
	}

	/**
	 * Updates the cooperation agreement in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CooperationAgreementLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param cooperationAgreement the cooperation agreement
	 * @return the cooperation agreement that was updated
	 */
	@Override
	public ru.opora.cooperation.model.CooperationAgreement
		updateCooperationAgreement(
			ru.opora.cooperation.model.CooperationAgreement
				cooperationAgreement) {

		return _cooperationAgreementLocalService.updateCooperationAgreement(
			cooperationAgreement);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _cooperationAgreementLocalService.getBasePersistence();
	}

	@Override
	public CooperationAgreementLocalService getWrappedService() {
		return _cooperationAgreementLocalService;
	}

	@Override
	public void setWrappedService(
		CooperationAgreementLocalService cooperationAgreementLocalService) {

		_cooperationAgreementLocalService = cooperationAgreementLocalService;
	}

	private CooperationAgreementLocalService _cooperationAgreementLocalService;

}