/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.module.service.Snapshot;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import ru.opora.cooperation.model.CooperationAgreement;

/**
 * Provides the local service utility for CooperationAgreement. This utility wraps
 * <code>ru.opora.cooperation.service.impl.CooperationAgreementLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Opora
 * @see CooperationAgreementLocalService
 * @generated
 */
public class CooperationAgreementLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>ru.opora.cooperation.service.impl.CooperationAgreementLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds a draft; it may still lack programmes (checked when it goes on approval).
	 */
	public static CooperationAgreement addAgreement(
			long userId, long groupId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addAgreement(
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
	public static CooperationAgreement addCooperationAgreement(
		CooperationAgreement cooperationAgreement) {

		return getService().addCooperationAgreement(cooperationAgreement);
	}

	/**
	 * Makes a new version (a draft) of an agreement in force, with the same
	 * number and a copy of its contents; when the new version is signed, this
	 * one is superseded.
	 */
	public static CooperationAgreement amendAgreement(
			long userId, long agreementId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().amendAgreement(userId, agreementId, serviceContext);
	}

	/**
	 * The municipal coordinator's approval of an agreement on approval.
	 */
	public static CooperationAgreement approveAsCoordinator(
			long userId, long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().approveAsCoordinator(
			userId, agreementId, comment, serviceContext);
	}

	/**
	 * The approval of one party (its director) of an agreement on approval.
	 */
	public static CooperationAgreement approveAsParty(
			long userId, long agreementPartyId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().approveAsParty(
			userId, agreementPartyId, comment, serviceContext);
	}

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	public static CooperationAgreement createCooperationAgreement(
		long agreementId) {

		return getService().createCooperationAgreement(agreementId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
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
	public static CooperationAgreement deleteCooperationAgreement(
		CooperationAgreement cooperationAgreement) {

		return getService().deleteCooperationAgreement(cooperationAgreement);
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
	public static CooperationAgreement deleteCooperationAgreement(
			long agreementId)
		throws PortalException {

		return getService().deleteCooperationAgreement(agreementId);
	}

	/**
	 * Deletes a draft; other statuses are kept for the history.
	 */
	public static CooperationAgreement deleteDraft(long agreementId)
		throws PortalException {

		return getService().deleteDraft(agreementId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static CooperationAgreement fetchCooperationAgreement(
		long agreementId) {

		return getService().fetchCooperationAgreement(agreementId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The stored agreement as the domain core sees it.
	 */
	public static ru.opora.domain.cooperation.AgreementData getAgreementData(
			long agreementId)
		throws PortalException {

		return getService().getAgreementData(agreementId);
	}

	public static List<CooperationAgreement> getAgreementsByStatus(
		String status) {

		return getService().getAgreementsByStatus(status);
	}

	public static List<CooperationAgreement> getAgreementVersions(
		long rootAgreementId) {

		return getService().getAgreementVersions(rootAgreementId);
	}

	/**
	 * Who has approved an agreement and who has still to.
	 */
	public static ru.opora.domain.cooperation.ApprovalState getApprovalState(
			long agreementId)
		throws PortalException {

		return getService().getApprovalState(agreementId);
	}

	public static List<CooperationAgreement> getCompanyAgreements(
		long companyId) {

		return getService().getCompanyAgreements(companyId);
	}

	/**
	 * Returns the cooperation agreement with the primary key.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws PortalException if a cooperation agreement with the primary key could not be found
	 */
	public static CooperationAgreement getCooperationAgreement(long agreementId)
		throws PortalException {

		return getService().getCooperationAgreement(agreementId);
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
	public static List<CooperationAgreement> getCooperationAgreements(
		int start, int end) {

		return getService().getCooperationAgreements(start, end);
	}

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
	 */
	public static int getCooperationAgreementsCount() {
		return getService().getCooperationAgreementsCount();
	}

	/**
	 * The agreements of a municipality: made in its site, or with a party
	 * school of its site.
	 */
	public static List<CooperationAgreement> getGroupAgreements(long groupId) {
		return getService().getGroupAgreements(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	public static List<CooperationAgreement> getOrganizationAgreements(
		long organizationId) {

		return getService().getOrganizationAgreements(organizationId);
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
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	public static List<CooperationAgreement> getSchoolAgreements(
		long schoolId) {

		return getService().getSchoolAgreements(schoolId);
	}

	/**
	 * Whether the municipality asks its coordinator to approve agreements (Site Settings).
	 */
	public static boolean isCoordinatorApprovalRequired(long groupId)
		throws PortalException {

		return getService().isCoordinatorApprovalRequired(groupId);
	}

	/**
	 * Records the expiry alert sent so that it is not sent again.
	 */
	public static CooperationAgreement markAlertSent(
			long agreementId, String alertCode)
		throws PortalException {

		return getService().markAlertSent(agreementId, alertCode);
	}

	/**
	 * Sends an agreement on approval back to draft; the approvals given are cleared.
	 */
	public static CooperationAgreement returnToDraft(
			long userId, long agreementId, String reason,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().returnToDraft(
			userId, agreementId, reason, serviceContext);
	}

	/**
	 * The daily step of one agreement: activation on the start day, automatic
	 * prolongation or expiry after the end.
	 *
	 * @return the step taken
	 */
	public static ru.opora.domain.cooperation.DailyStep.Action runDailyStep(
			long agreementId, java.time.LocalDate today)
		throws PortalException {

		return getService().runDailyStep(agreementId, today);
	}

	/**
	 * Attaches the generated document (a file entry of the agreement's folder).
	 */
	public static CooperationAgreement setDocument(
			long userId, long agreementId, long fileEntryId)
		throws PortalException {

		return getService().setDocument(userId, agreementId, fileEntryId);
	}

	public static CooperationAgreement setFolder(
			long agreementId, long folderId)
		throws PortalException {

		return getService().setFolder(agreementId, folderId);
	}

	/**
	 * Attaches the signed scan (a file entry of the agreement's folder).
	 */
	public static CooperationAgreement setSignedScan(
			long userId, long agreementId, long fileEntryId)
		throws PortalException {

		return getService().setSignedScan(userId, agreementId, fileEntryId);
	}

	/**
	 * Signs an agreement on approval: every party and, if required, the
	 * coordinator must have approved. It becomes active at once when its term
	 * has started; the version it amends is superseded.
	 */
	public static CooperationAgreement signAgreement(
			long userId, long agreementId, java.time.LocalDate today,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().signAgreement(
			userId, agreementId, today, serviceContext);
	}

	/**
	 * Sends a draft on approval: it must now be complete (art. 15: programmes
	 * with a delivering party for every module). The municipality's setting
	 * at this moment decides whether the coordinator approves too.
	 */
	public static CooperationAgreement submitAgreement(
			long userId, long agreementId, String comment,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().submitAgreement(
			userId, agreementId, comment, serviceContext);
	}

	/**
	 * Terminates an agreement in force early; the reason is required, the history kept.
	 */
	public static CooperationAgreement terminateAgreement(
			long userId, long agreementId, String reason,
			java.time.LocalDate terminationDate,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().terminateAgreement(
			userId, agreementId, reason, terminationDate, serviceContext);
	}

	/**
	 * Saves a draft as a whole: header, parties, programmes, modules, resources.
	 */
	public static CooperationAgreement updateAgreement(
			long userId, long agreementId,
			ru.opora.domain.cooperation.AgreementData agreementData,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateAgreement(
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
	public static CooperationAgreement updateCooperationAgreement(
		CooperationAgreement cooperationAgreement) {

		return getService().updateCooperationAgreement(cooperationAgreement);
	}

	public static CooperationAgreementLocalService getService() {
		return _serviceSnapshot.get();
	}

	private static final Snapshot<CooperationAgreementLocalService>
		_serviceSnapshot = new Snapshot<>(
			CooperationAgreementLocalServiceUtil.class,
			CooperationAgreementLocalService.class);

}