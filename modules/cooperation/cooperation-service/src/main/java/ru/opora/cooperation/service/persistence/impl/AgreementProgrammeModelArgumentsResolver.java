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

import ru.opora.cooperation.model.AgreementProgrammeTable;
import ru.opora.cooperation.model.impl.AgreementProgrammeImpl;
import ru.opora.cooperation.model.impl.AgreementProgrammeModelImpl;

/**
 * The arguments resolver class for retrieving value from AgreementProgramme.
 *
 * @author Opora
 * @generated
 */
@Component(
	property = {
		"class.name=ru.opora.cooperation.model.impl.AgreementProgrammeImpl",
		"table.name=Opora_AgreementProgramme"
	},
	service = ArgumentsResolver.class
)
public class AgreementProgrammeModelArgumentsResolver
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

		AgreementProgrammeModelImpl agreementProgrammeModelImpl =
			(AgreementProgrammeModelImpl)baseModel;

		long columnBitmask = agreementProgrammeModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(
				agreementProgrammeModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					agreementProgrammeModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(AgreementProgrammePersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(
				agreementProgrammeModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return AgreementProgrammeImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return AgreementProgrammeTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		AgreementProgrammeModelImpl agreementProgrammeModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] =
					agreementProgrammeModelImpl.getColumnOriginalValue(
						columnName);
			}
			else {
				arguments[i] = agreementProgrammeModelImpl.getColumnValue(
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

		orderByColumnsBitmask |= AgreementProgrammeModelImpl.getColumnBitmask(
			"priority");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}