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

import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.domain.diagnostics.BankVersion;
import ru.opora.domain.diagnostics.SheetProblem;

/**
 * Provides the remote service interface for DiagnosticItem. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Opora
 * @see DiagnosticItemServiceUtil
 * @generated
 */
@AccessControlled
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface DiagnosticItemService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>ru.opora.diagnostics.service.impl.DiagnosticItemServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the diagnostic item remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link DiagnosticItemServiceUtil} if injection and service tracking are not available.
	 */
	public Competence addCompetence(
			long groupId, String code, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException;

	public CompetenceArea addCompetenceArea(
			long groupId, String code, String name, String kind, String subject)
		throws PortalException;

	public DiagnosticItem addItem(
			long groupId, String code, String competenceCode, String itemType,
			String text, String options, String matches, String scoringKey,
			int weight)
		throws PortalException;

	/**
	 * Whether the bank may be changed from this site (MANAGE_BANK and the configured bank site).
	 */
	public boolean canChangeBank(long groupId) throws PortalException;

	public Competence deleteCompetence(long groupId, long competenceId)
		throws PortalException;

	public CompetenceArea deleteCompetenceArea(
			long groupId, long competenceAreaId)
		throws PortalException;

	public DiagnosticItem deleteItem(long groupId, long diagnosticItemId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ItemBank> getBanks(long groupId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public BankVersion getBankVersion(long groupId, int version)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Competence getCompetence(long groupId, long competenceId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CompetenceArea getCompetenceArea(long groupId, long competenceAreaId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CompetenceArea> getCompetenceAreas(long groupId, int version)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Competence> getCompetences(long groupId, int version)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DiagnosticItem getItem(long groupId, long diagnosticItemId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DiagnosticItem> getItems(long groupId, int version)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Reads a bank sheet into the draft: nothing is stored unless every row is valid; the problems are returned.
	 */
	public List<SheetProblem> importBank(long groupId, List<List<String>> rows)
		throws PortalException;

	public ItemBank publishDraft(long groupId) throws PortalException;

	public Competence updateCompetence(
			long groupId, long competenceId, String areaCode, String name,
			int threshold, int itemsPerSession)
		throws PortalException;

	public CompetenceArea updateCompetenceArea(
			long groupId, long competenceAreaId, String name, String kind,
			String subject)
		throws PortalException;

	public DiagnosticItem updateItem(
			long groupId, long diagnosticItemId, String competenceCode,
			String itemType, String text, String options, String matches,
			String scoringKey, int weight)
		throws PortalException;

}