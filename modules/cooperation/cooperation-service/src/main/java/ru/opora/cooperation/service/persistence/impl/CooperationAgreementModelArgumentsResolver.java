/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.model.CooperationAgreementTable;
import ru.opora.cooperation.model.impl.CooperationAgreementImpl;
import ru.opora.cooperation.model.impl.CooperationAgreementModelImpl;

/**
 * The arguments resolver class for retrieving value from CooperationAgreement.
 *
 * @author Opora
 * @generated
 */
@Component(
	property = {
		"class.name=ru.opora.cooperation.model.impl.CooperationAgreementImpl",
		"table.name=Opora_CooperationAgreement"
	},
	service = ArgumentsResolver.class
)
public class CooperationAgreementModelArgumentsResolver
	implements ArgumentsResolver {

	@Override
	public Object[] getArguments(
		FinderPath finderPath, BaseModel<?> baseModel, boolean checkColumn,
		boolean original) {

		String[] columnNames = finderPath.getColumnNames();

		if ((columnNames == null) || (columnNames.length == 0)) {
			if (baseModel.isNew()) {
				return new Object[0];
			}

			return null;
		}

		CooperationAgreementModelImpl cooperationAgreementModelImpl =
			(CooperationAgreementModelImpl)baseModel;

		long columnBitmask = cooperationAgreementModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(
				cooperationAgreementModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					cooperationAgreementModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(CooperationAgreementPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(
				cooperationAgreementModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return CooperationAgreementImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return CooperationAgreementTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		CooperationAgreementModelImpl cooperationAgreementModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] =
					cooperationAgreementModelImpl.getColumnOriginalValue(
						columnName);
			}
			else {
				arguments[i] = cooperationAgreementModelImpl.getColumnValue(
					columnName);
			}
		}

		return arguments;
	}

	private static final Map<FinderPath, Long> _finderPathColumnBitmasksCache =
		new ConcurrentHashMap<>();

	private static final long _ORDER_BY_COLUMNS_BITMASK;

	static {
		long orderByColumnsBitmask = 0;

		orderByColumnsBitmask |= CooperationAgreementModelImpl.getColumnBitmask(
			"agreementDate");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}