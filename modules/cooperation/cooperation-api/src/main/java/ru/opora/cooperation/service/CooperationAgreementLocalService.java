/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.time.LocalDate;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.ApprovalState;

/**
 * Provides the local service interface for CooperationAgreement. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Opora
 * @see CooperationAgreementLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CooperationAgreementLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.cooperation.service.impl.CooperationAgreementLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the cooperation agreement local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CooperationAgreementLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds a draft; it may still lack programmes (checked when it goes on approval).
	 */
	public CooperationAgreement addAgreement(
			long userId, long groupId, AgreementData agreementData,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public CooperationAgreement addCooperationAgreement(
		CooperationAgreement cooperationAgreement);

	/**
	 * Makes a new version (a draft) of an agreement in force, with the same
	 * number and a copy of its contents; when the new version is signed, this
	 * one is superseded.
	 */
	public CooperationAgreement amendAgreement(
			long userId, long agreementId, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The municipal coordinator's approval of an agreement on approval.
	 */
	public CooperationAgreement approveAsCoordinator(
			long userId, long agreementId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The approval of one party (its director) of an agreement on approval.
	 */
	public CooperationAgreement approveAsParty(
			long userId, long agreementPartyId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Creates a new cooperation agreement with the primary key. Does not add the cooperation agreement to the database.
	 *
	 * @param agreementId the primary key for the new cooperation agreement
	 * @return the new cooperation agreement
	 */
	@Transactional(enabled = false)
	public CooperationAgreement createCooperationAgreement(long agreementId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public CooperationAgreement deleteCooperationAgreement(
		CooperationAgreement cooperationAgreement);

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
	@Indexable(type = IndexableType.DELETE)
	public CooperationAgreement deleteCooperationAgreement(long agreementId)
		throws PortalException;

	/**
	 * Deletes a draft; other statuses are kept for the history.
	 */
	public CooperationAgreement deleteDraft(long agreementId)
		throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CooperationAgreement fetchCooperationAgreement(long agreementId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * The stored agreement as the domain core sees it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AgreementData getAgreementData(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getAgreementsByStatus(String status);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getAgreementVersions(
		long rootAgreementId);

	/**
	 * Who has approved an agreement and who has still to.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ApprovalState getApprovalState(long agreementId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getCompanyAgreements(long companyId);

	/**
	 * Returns the cooperation agreement with the primary key.
	 *
	 * @param agreementId the primary key of the cooperation agreement
	 * @return the cooperation agreement
	 * @throws PortalException if a cooperation agreement with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CooperationAgreement getCooperationAgreement(long agreementId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getCooperationAgreements(
		int start, int end);

	/**
	 * Returns the number of cooperation agreements.
	 *
	 * @return the number of cooperation agreements
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCooperationAgreementsCount();

	/**
	 * The agreements of a municipality: made in its site, or with a party
	 * school of its site.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getGroupAgreements(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getOrganizationAgreements(
		long organizationId);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CooperationAgreement> getSchoolAgreements(long schoolId);

	/**
	 * Whether the municipality asks its coordinator to approve agreements (Site Settings).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isCoordinatorApprovalRequired(long groupId)
		throws PortalException;

	/**
	 * Records the expiry alert sent so that it is not sent again.
	 */
	public CooperationAgreement markAlertSent(
			long agreementId, String alertCode)
		throws PortalException;

	/**
	 * Sends an agreement on approval back to draft; the approvals given are cleared.
	 */
	public CooperationAgreement returnToDraft(
			long userId, long agreementId, String reason,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The daily step of one agreement: activation on the start day, automatic
	 * prolongation or expiry after the end.
	 *
	 * @return the step taken
	 */
	public ru.opora.domain.cooperation.DailyStep.Action runDailyStep(
			long agreementId, LocalDate today)
		throws PortalException;

	/**
	 * Attaches the generated document (a file entry of the agreement's folder).
	 */
	public CooperationAgreement setDocument(
			long userId, long agreementId, long fileEntryId)
		throws PortalException;

	public CooperationAgreement setFolder(long agreementId, long folderId)
		throws PortalException;

	/**
	 * Attaches the signed scan (a file entry of the agreement's folder).
	 */
	public CooperationAgreement setSignedScan(
			long userId, long agreementId, long fileEntryId)
		throws PortalException;

	/**
	 * Signs an agreement on approval: every party and, if required, the
	 * coordinator must have approved. It becomes active at once when its term
	 * has started; the version it amends is superseded.
	 */
	public CooperationAgreement signAgreement(
			long userId, long agreementId, LocalDate today,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Sends a draft on approval: it must now be complete (art. 15: programmes
	 * with a delivering party for every module). The municipality's setting
	 * at this moment decides whether the coordinator approves too.
	 */
	public CooperationAgreement submitAgreement(
			long userId, long agreementId, String comment,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Terminates an agreement in force early; the reason is required, the history kept.
	 */
	public CooperationAgreement terminateAgreement(
			long userId, long agreementId, String reason,
			LocalDate terminationDate, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Saves a draft as a whole: header, parties, programmes, modules, resources.
	 */
	public CooperationAgreement updateAgreement(
			long userId, long agreementId, AgreementData agreementData,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public CooperationAgreement updateCooperationAgreement(
		CooperationAgreement cooperationAgreement);

}