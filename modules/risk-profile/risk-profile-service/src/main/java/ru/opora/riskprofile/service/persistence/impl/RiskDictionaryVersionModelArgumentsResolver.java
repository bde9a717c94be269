/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.model.RiskDictionaryVersionTable;
import ru.opora.riskprofile.model.impl.RiskDictionaryVersionImpl;
import ru.opora.riskprofile.model.impl.RiskDictionaryVersionModelImpl;

/**
 * The arguments resolver class for retrieving value from RiskDictionaryVersion.
 *
 * @author Opora
 * @generated
 */
@Component(
	property = {
		"class.name=ru.opora.riskprofile.model.impl.RiskDictionaryVersionImpl",
		"table.name=OporaRp_RiskDictionaryVersion"
	},
	service = ArgumentsResolver.class
)
public class RiskDictionaryVersionModelArgumentsResolver
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

		RiskDictionaryVersionModelImpl riskDictionaryVersionModelImpl =
			(RiskDictionaryVersionModelImpl)baseModel;

		long columnBitmask = riskDictionaryVersionModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(
				riskDictionaryVersionModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					riskDictionaryVersionModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(RiskDictionaryVersionPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(
				riskDictionaryVersionModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return RiskDictionaryVersionImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return RiskDictionaryVersionTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		RiskDictionaryVersionModelImpl riskDictionaryVersionModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] =
					riskDictionaryVersionModelImpl.getColumnOriginalValue(
						columnName);
			}
			else {
				arguments[i] = riskDictionaryVersionModelImpl.getColumnValue(
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

		orderByColumnsBitmask |=
			RiskDictionaryVersionModelImpl.getColumnBitmask("fromYear");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}