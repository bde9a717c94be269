/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import ru.opora.schools.model.SchoolContextTable;
import ru.opora.schools.model.impl.SchoolContextImpl;
import ru.opora.schools.model.impl.SchoolContextModelImpl;

/**
 * The arguments resolver class for retrieving value from SchoolContext.
 *
 * @author Opora
 * @generated
 */
@Component(
	property = {
		"class.name=ru.opora.schools.model.impl.SchoolContextImpl",
		"table.name=Opora_SchoolContext"
	},
	service = ArgumentsResolver.class
)
public class SchoolContextModelArgumentsResolver implements ArgumentsResolver {

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

		SchoolContextModelImpl schoolContextModelImpl =
			(SchoolContextModelImpl)baseModel;

		long columnBitmask = schoolContextModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(schoolContextModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					schoolContextModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(SchoolContextPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(schoolContextModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return SchoolContextImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return SchoolContextTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		SchoolContextModelImpl schoolContextModelImpl, String[] columnNames,
		boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] = schoolContextModelImpl.getColumnOriginalValue(
					columnName);
			}
			else {
				arguments[i] = schoolContextModelImpl.getColumnValue(
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

		orderByColumnsBitmask |= SchoolContextModelImpl.getColumnBitmask(
			"contextYear");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}