/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.model.AgreementHistory;
import ru.opora.cooperation.service.base.AgreementHistoryLocalServiceBaseImpl;

/**
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.cooperation.model.AgreementHistory",
	service = AopService.class
)
public class AgreementHistoryLocalServiceImpl
	extends AgreementHistoryLocalServiceBaseImpl {

	/** The history of an agreement, oldest first. */
	@Override
	public List<AgreementHistory> getAgreementHistories(long agreementId) {
		return agreementHistoryPersistence.findByAgreementId(agreementId);
	}

}
