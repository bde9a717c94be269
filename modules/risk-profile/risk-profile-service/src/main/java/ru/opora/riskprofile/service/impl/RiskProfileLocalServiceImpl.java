/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.profile.FactorAssessment;
import ru.opora.domain.risk.profile.PrioritySelection;
import ru.opora.domain.risk.profile.ProfileCalculator;
import ru.opora.domain.risk.profile.Verification;
import ru.opora.domain.risk.profile.VerificationAction;
import ru.opora.domain.risk.profile.VerificationEntry;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.riskprofile.internal.notifications.RiskProfileNotifications;
import ru.opora.riskprofile.internal.util.RiskValidation;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskVerification;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.RiskSurveyResponseLocalService;
import ru.opora.riskprofile.service.base.RiskProfileLocalServiceBaseImpl;
import ru.opora.riskprofile.util.RiskText;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * A school's risk profile for a year: computed from the survey answers with
 * the dictionary version in force (kept for later recalculations), the
 * indicator values stored with each factor's level; the school's priority
 * factors; the curator's verification steps with their history.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.riskprofile.model.RiskProfile",
	service = AopService.class
)
public class RiskProfileLocalServiceImpl extends RiskProfileLocalServiceBaseImpl {

	/**
	 * Computes (or recomputes) the profile from the answers collected so far.
	 * Levels the curator has set stay; factors without enough answers are
	 * stored as NOT_ENOUGH_DATA.
	 */
	@Override
	public RiskProfile calculateProfile(long userId, long schoolId, int year) throws PortalException {
		School school = _schoolLocalService.getSchool(schoolId);
		User user = userLocalService.getUser(userId);

		RiskProfile profile = riskProfilePersistence.fetchByS_Y(schoolId, year);
		Date now = new Date();

		if (profile == null) {
			profile = riskProfilePersistence.create(counterLocalService.increment(RiskProfile.class.getName()));

			profile.setGroupId(school.getGroupId());
			profile.setCompanyId(school.getCompanyId());
			profile.setCreateDate(now);
			profile.setSchoolId(schoolId);
			profile.setYear(year);
			profile.setPriorities("");
			profile.setRiskDictionaryVersionId(
				_riskDictionaryVersionLocalService.getVersionForYear(
					userId, school.getCompanyId(), year).getRiskDictionaryVersionId());
		}

		profile.setUserId(user.getUserId());
		profile.setUserName(user.getFullName());
		profile.setModifiedDate(now);
		profile.setCalculatedDate(now);

		profile = riskProfilePersistence.update(profile);

		FactorDictionary dictionary = _riskDictionaryVersionLocalService.getDictionary(
			profile.getRiskDictionaryVersionId());

		List<FactorAssessment> assessments = ProfileCalculator.calculate(
			dictionary, _riskSurveyResponseLocalService.getSchoolAnswers(schoolId, year));

		Map<String, RiskFactorLevel> rows = _rowsByFactor(profile.getRiskProfileId());
		List<VerificationEntry> history = getVerificationEntries(profile.getRiskProfileId());
		Map<String, RiskLevel> effective = Verification.effectiveLevels(assessments, history);

		for (FactorAssessment assessment : assessments) {
			RiskFactorLevel row = rows.get(assessment.factorCode());

			if (row == null) {
				row = riskFactorLevelPersistence.create(counterLocalService.increment(RiskFactorLevel.class.getName()));

				row.setGroupId(profile.getGroupId());
				row.setCompanyId(profile.getCompanyId());
				row.setRiskProfileId(profile.getRiskProfileId());
				row.setFactorCode(assessment.factorCode());
			}

			RiskLevel level = effective.get(assessment.factorCode());

			row.setComputedState(assessment.state());
			row.setLevel((level == null) ? "" : level.name());
			row.setIndicatorValues(RiskText.encodeIndicatorValues(assessment.indicators()));

			riskFactorLevelPersistence.update(row);
		}

		return profile;
	}

	@Override
	public RiskProfile fetchSchoolProfile(long schoolId, int year) {
		return riskProfilePersistence.fetchByS_Y(schoolId, year);
	}

	/** The levels after verification, by factor code (null = not enough data). */
	@Override
	public Map<String, RiskLevel> getEffectiveLevels(long riskProfileId) {
		Map<String, RiskLevel> levels = new LinkedHashMap<>();

		for (RiskFactorLevel row : riskFactorLevelPersistence.findByRiskProfileId(riskProfileId)) {
			levels.put(row.getFactorCode(), RiskLevel.parse(row.getLevel()).orElse(null));
		}

		return levels;
	}

	@Override
	public List<RiskFactorLevel> getFactorLevels(long riskProfileId) {
		return riskFactorLevelPersistence.findByRiskProfileId(riskProfileId);
	}

	@Override
	public List<RiskProfile> getGroupProfiles(long groupId) {
		return riskProfilePersistence.findByGroupId(groupId);
	}

	@Override
	public List<String> getPriorities(RiskProfile riskProfile) {
		return java.util.Arrays.asList(StringUtil.split(riskProfile.getPriorities()));
	}

	@Override
	public List<RiskProfile> getSchoolProfiles(long schoolId) {
		return riskProfilePersistence.findBySchoolId(schoolId);
	}

	@Override
	public List<VerificationEntry> getVerificationEntries(long riskProfileId) {
		List<VerificationEntry> entries = new ArrayList<>();

		for (RiskVerification verification : riskVerificationPersistence.findByRiskProfileId(riskProfileId)) {
			entries.add(
				new VerificationEntry(
					verification.getFactorCode(),
					VerificationAction.parse(verification.getAction()).orElse(VerificationAction.CONFIRM),
					RiskLevel.parse(verification.getFromLevel()).orElse(null),
					RiskLevel.parse(verification.getToLevel()).orElse(null), verification.getUserId(),
					Instant.ofEpochMilli(verification.getCreateDate().getTime()), verification.getComment()));
		}

		return entries;
	}

	@Override
	public List<RiskVerification> getVerifications(long riskProfileId) {
		return riskVerificationPersistence.findByRiskProfileId(riskProfileId);
	}

	/**
	 * The school's choice of factors to work on, within the municipality's
	 * maximum (default 3) and the level rules of the domain.
	 */
	@Override
	public RiskProfile updatePriorities(long riskProfileId, List<String> factorCodes) throws PortalException {
		RiskProfile profile = riskProfilePersistence.findByPrimaryKey(riskProfileId);

		RiskValidation.throwIfAny(
			PrioritySelection.check(
				factorCodes, getEffectiveLevels(riskProfileId),
				_oporaFeatureService.getMaxPriorityFactors(profile.getGroupId())));

		profile.setPriorities(StringUtil.merge(factorCodes));
		profile.setModifiedDate(new Date());

		return riskProfilePersistence.update(profile);
	}

	/**
	 * A curator's step on a factor: confirm its level or correct it, always
	 * with a comment; kept in the history and notified to the school team.
	 */
	@Override
	public RiskVerification verifyFactor(
			long userId, long riskProfileId, String factorCode, String action, String newLevel, String comment)
		throws PortalException {

		RiskProfile profile = riskProfilePersistence.findByPrimaryKey(riskProfileId);
		RiskFactorLevel row = _rowsByFactor(riskProfileId).get(factorCode);

		if (row == null) {
			throw RiskValidation.exception("factorCode", "risk-factor-unknown", String.valueOf(factorCode));
		}

		VerificationAction verificationAction = VerificationAction.parse(action).orElse(null);
		RiskLevel current = RiskLevel.parse(row.getLevel()).orElse(null);
		RiskLevel level = Validator.isNull(newLevel) ? null : RiskLevel.parse(newLevel).orElse(null);

		if (Validator.isNotNull(newLevel) && (level == null)) {
			throw RiskValidation.exception("level", "risk-level-unknown", newLevel);
		}

		RiskValidation.throwIfAny(Verification.check(verificationAction, current, level, comment));

		RiskLevel result = Verification.resultOf(verificationAction, current, level);
		User user = userLocalService.getUser(userId);

		RiskVerification verification = riskVerificationPersistence.create(
			counterLocalService.increment(RiskVerification.class.getName()));

		verification.setGroupId(profile.getGroupId());
		verification.setCompanyId(profile.getCompanyId());
		verification.setUserId(user.getUserId());
		verification.setUserName(user.getFullName());
		verification.setCreateDate(new Date());
		verification.setRiskProfileId(riskProfileId);
		verification.setFactorCode(factorCode);
		verification.setAction(verificationAction.name());
		verification.setFromLevel((current == null) ? "" : current.name());
		verification.setToLevel(result.name());
		verification.setComment(comment.trim());

		verification = riskVerificationPersistence.update(verification);

		row.setLevel(result.name());

		riskFactorLevelPersistence.update(row);

		_riskProfileNotifications.profileVerified(profile, factorCode, userId, user.getFullName());

		return verification;
	}

	private Map<String, RiskFactorLevel> _rowsByFactor(long riskProfileId) {
		Map<String, RiskFactorLevel> rows = new LinkedHashMap<>();

		for (RiskFactorLevel row : riskFactorLevelPersistence.findByRiskProfileId(riskProfileId)) {
			rows.put(row.getFactorCode(), row);
		}

		return rows;
	}

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private RiskDictionaryVersionLocalService _riskDictionaryVersionLocalService;

	@Reference
	private RiskProfileNotifications _riskProfileNotifications;

	@Reference
	private RiskSurveyResponseLocalService _riskSurveyResponseLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
