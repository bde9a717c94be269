/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.domain.risk.dictionary.DefaultDictionary;
import ru.opora.domain.risk.dictionary.DictionaryCatalog;
import ru.opora.domain.risk.dictionary.DictionaryCodec;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.validation.ValidationException;
import ru.opora.riskprofile.internal.util.RiskValidation;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.service.base.RiskDictionaryVersionLocalServiceBaseImpl;

/**
 * The factor dictionary of a portal instance as data: one version per
 * starting year, the default 2021 version stored on first use. A version is
 * never changed once stored: profiles keep the version they were computed
 * with; a changed dictionary is a new version for a later year.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.riskprofile.model.RiskDictionaryVersion",
	service = AopService.class
)
public class RiskDictionaryVersionLocalServiceImpl extends RiskDictionaryVersionLocalServiceBaseImpl {

	/** Stores a new version from its text form; refuses an invalid one or a second version for a year. */
	@Override
	public RiskDictionaryVersion addDictionaryVersion(long userId, long companyId, String content)
		throws PortalException {

		FactorDictionary dictionary;

		try {
			dictionary = DictionaryCodec.decode(content);
		}
		catch (ValidationException validationException) {
			throw RiskValidation.exception(validationException);
		}

		addDefaultVersion(userId, companyId);

		RiskValidation.throwIfAny(getCatalog(companyId).checkNewVersion(dictionary));

		return _add(userId, companyId, dictionary);
	}

	/** Stores the default 2021 version if the instance has none yet. */
	@Override
	public RiskDictionaryVersion addDefaultVersion(long userId, long companyId) throws PortalException {
		RiskDictionaryVersion version = riskDictionaryVersionPersistence.fetchByC_Y(
			companyId, DefaultDictionary.FROM_YEAR);

		if (version != null) {
			return version;
		}

		return _add(userId, companyId, DefaultDictionary.version2021());
	}

	@Override
	public DictionaryCatalog getCatalog(long companyId) {
		List<FactorDictionary> dictionaries = new ArrayList<>();

		for (RiskDictionaryVersion version : riskDictionaryVersionPersistence.findByCompanyId(companyId)) {
			dictionaries.add(DictionaryCodec.decode(version.getContent()));
		}

		return new DictionaryCatalog(dictionaries);
	}

	@Override
	public List<RiskDictionaryVersion> getCompanyVersions(long companyId) {
		return riskDictionaryVersionPersistence.findByCompanyId(companyId);
	}

	@Override
	public FactorDictionary getDictionary(long riskDictionaryVersionId) throws PortalException {
		return DictionaryCodec.decode(
			riskDictionaryVersionPersistence.findByPrimaryKey(riskDictionaryVersionId).getContent());
	}

	/**
	 * The version in force in a year (the default one is stored first if
	 * needed); an error if the year is before every version.
	 */
	@Override
	public RiskDictionaryVersion getVersionForYear(long userId, long companyId, int year) throws PortalException {
		addDefaultVersion(userId, companyId);

		RiskDictionaryVersion found = null;

		for (RiskDictionaryVersion version : riskDictionaryVersionPersistence.findByCompanyId(companyId)) {
			if ((version.getFromYear() <= year) &&
				((found == null) || (version.getFromYear() > found.getFromYear()))) {

				found = version;
			}
		}

		if (found == null) {
			throw RiskValidation.exception("year", "risk-dictionary-none-for-year", year);
		}

		return found;
	}

	private RiskDictionaryVersion _add(long userId, long companyId, FactorDictionary dictionary)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		RiskDictionaryVersion version = riskDictionaryVersionPersistence.create(
			counterLocalService.increment(RiskDictionaryVersion.class.getName()));

		version.setCompanyId(companyId);
		version.setUserId(user.getUserId());
		version.setUserName(user.getFullName());
		version.setCreateDate(new Date());
		version.setFromYear(dictionary.fromYear());
		version.setContent(DictionaryCodec.encode(dictionary));

		return riskDictionaryVersionPersistence.update(version);
	}

}
