/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.model.AgreementModule;
import ru.opora.cooperation.service.base.AgreementModuleLocalServiceBaseImpl;

/**
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.cooperation.model.AgreementModule",
	service = AopService.class
)
public class AgreementModuleLocalServiceImpl
	extends AgreementModuleLocalServiceBaseImpl {

	/** The modules of every programme of an agreement. */
	@Override
	public List<AgreementModule> getAgreementModules(long agreementId) {
		return agreementModulePersistence.findByAgreementId(agreementId);
	}

}
