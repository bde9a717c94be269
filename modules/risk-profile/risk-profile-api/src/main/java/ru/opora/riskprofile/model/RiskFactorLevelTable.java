/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;OporaRp_RiskFactorLevel&quot; database table.
 *
 * @author Opora
 * @see RiskFactorLevel
 * @generated
 */
public class RiskFactorLevelTable extends BaseTable<RiskFactorLevelTable> {

	public static final RiskFactorLevelTable INSTANCE =
		new RiskFactorLevelTable();

	public final Column<RiskFactorLevelTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskFactorLevelTable, Long> riskFactorLevelId =
		createColumn(
			"riskFactorLevelId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RiskFactorLevelTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, Long> riskProfileId =
		createColumn(
			"riskProfileId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, String> factorCode = createColumn(
		"factorCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, String> computedState =
		createColumn(
			"computedState", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, String> level = createColumn(
		"level", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskFactorLevelTable, String> indicatorValues =
		createColumn(
			"indicatorValues", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);

	private RiskFactorLevelTable() {
		super("OporaRp_RiskFactorLevel", RiskFactorLevelTable::new);
	}

}