/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.service.impl;

import com.liferay.portal.aop.AopService;

import org.osgi.service.component.annotations.Component;

import ru.opora.diagnostics.service.base.ConsentLocalServiceBaseImpl;

/**
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.diagnostics.model.Consent",
	service = AopService.class
)
public class ConsentLocalServiceImpl extends ConsentLocalServiceBaseImpl {
}