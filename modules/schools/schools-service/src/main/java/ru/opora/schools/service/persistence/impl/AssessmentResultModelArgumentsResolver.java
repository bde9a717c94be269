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

import ru.opora.schools.model.AssessmentResultTable;
import ru.opora.schools.model.impl.AssessmentResultImpl;
import ru.opora.schools.model.impl.AssessmentResultModelImpl;

/**
 * The arguments resolver class for retrieving value from AssessmentResult.
 *
 * @author Opora
 * @generated
 */
@Component(
	property = {
		"class.name=ru.opora.schools.model.impl.AssessmentResultImpl",
		"table.name=Opora_AssessmentResult"
	},
	service = ArgumentsResolver.class
)
public class AssessmentResultModelArgumentsResolver
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

		AssessmentResultModelImpl assessmentResultModelImpl =
			(AssessmentResultModelImpl)baseModel;

		long columnBitmask = assessmentResultModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(assessmentResultModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					assessmentResultModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(AssessmentResultPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(assessmentResultModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return AssessmentResultImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return AssessmentResultTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		AssessmentResultModelImpl assessmentResultModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] = assessmentResultModelImpl.getColumnOriginalValue(
					columnName);
			}
			else {
				arguments[i] = assessmentResultModelImpl.getColumnValue(
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

		orderByColumnsBitmask |= AssessmentResultModelImpl.getColumnBitmask(
			"assessmentYear");
		orderByColumnsBitmask |= AssessmentResultModelImpl.getColumnBitmask(
			"assessmentType");
		orderByColumnsBitmask |= AssessmentResultModelImpl.getColumnBitmask(
			"grade");
		orderByColumnsBitmask |= AssessmentResultModelImpl.getColumnBitmask(
			"subject");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}