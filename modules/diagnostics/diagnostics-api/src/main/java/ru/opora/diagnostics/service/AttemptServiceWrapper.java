/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link AttemptService}.
 *
 * @author Opora
 * @see AttemptService
 * @generated
 */
public class AttemptServiceWrapper
	implements AttemptService, ServiceWrapper<AttemptService> {

	public AttemptServiceWrapper() {
		this(null);
	}

	public AttemptServiceWrapper(AttemptService attemptService) {
		_attemptService = attemptService;
	}

	/**
	 * The figures of one municipality site.
	 */
	@Override
	public ru.opora.domain.diagnostics.Aggregates getAggregates(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getAggregates(groupId);
	}

	/**
	 * A teacher's attempt (status, dates, answers): individual data, audited.
	 */
	@Override
	public ru.opora.diagnostics.model.Attempt getAttempt(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getAttempt(attemptId);
	}

	/**
	 * Competence names of a bank version of the caller's company: any signed-in user.
	 */
	@Override
	public java.util.Map<String, String> getCompetenceNames(int bankVersion)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getCompetenceNames(bankVersion);
	}

	/**
	 * The items to answer: only the teacher, only while the attempt is in progress (no keys).
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.ItemView> getItemViews(
			long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getItemViews(attemptId);
	}

	/**
	 * The signed-in teacher's own attempts.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt> getMyAttempts()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getMyAttempts();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _attemptService.getOSGiServiceIdentifier();
	}

	/**
	 * The figures of every site of the region: regional coordinators only.
	 */
	@Override
	public ru.opora.domain.diagnostics.Aggregates getRegionAggregates(
			long[] groupIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getRegionAggregates(groupIds);
	}

	/**
	 * Results per competence of an attempt: individual data, audited.
	 */
	@Override
	public ru.opora.domain.diagnostics.DiagnosticResult getResult(
			long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getResult(attemptId);
	}

	/**
	 * The attempts of a school's teachers that the caller may see (leaders of
	 * the school; coordinators only where allowed): each is audited; anyone
	 * else gets an exception, not an empty list.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt> getSchoolAttempts(
			long schoolId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getSchoolAttempts(schoolId);
	}

	@Override
	public long getSecondsLeft(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getSecondsLeft(attemptId);
	}

	/**
	 * A teacher's attempts, if the caller may see that teacher's data; audited.
	 */
	@Override
	public java.util.List<ru.opora.diagnostics.model.Attempt>
			getTeacherAttempts(long teacherUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.getTeacherAttempts(teacherUserId);
	}

	@Override
	public ru.opora.diagnostics.model.Consent giveConsent()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.giveConsent();
	}

	@Override
	public boolean hasConsent()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.hasConsent();
	}

	/**
	 * Imports a regional centre's results workbook into the site (IMPORT_RESULTS
	 * there): the rows of its first sheet, the header first (see
	 * ResultsSheet). Every row is checked: the sheet's rules, the school
	 * (federal login, full or short name) is one of this site's, the teacher
	 * (e-mail address or screen name) is a user of the company on the school's
	 * staff (a member of its organisation), the same result (teacher, school,
	 * subject, date) is not imported yet. With any problem nothing is stored and
	 * every problem is returned; else all rows are stored in one transaction.
	 * The teacher's consent is not asked here: the centre that ran the
	 * diagnostic collected it; the results are individual data under the usual
	 * rules (the caller gets only counts and problems back).
	 */
	@Override
	public ru.opora.domain.diagnostics.ResultsSheet.Report
			importExternalResults(
				long groupId, java.util.List<java.util.List<String>> rows)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.importExternalResults(groupId, rows);
	}

	@Override
	public ru.opora.diagnostics.model.Attempt saveAnswers(
			long attemptId, java.util.Map<String, String> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.saveAnswers(attemptId, answers);
	}

	@Override
	public ru.opora.diagnostics.model.Attempt startAttempt(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.startAttempt(attemptId);
	}

	@Override
	public ru.opora.diagnostics.model.Attempt submitAttempt(long attemptId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attemptService.submitAttempt(attemptId);
	}

	@Override
	public AttemptService getWrappedService() {
		return _attemptService;
	}

	@Override
	public void setWrappedService(AttemptService attemptService) {
		_attemptService = attemptService;
	}

	private AttemptService _attemptService;

}