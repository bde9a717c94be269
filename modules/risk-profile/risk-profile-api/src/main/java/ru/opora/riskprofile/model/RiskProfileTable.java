/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;OporaRp_RiskProfile&quot; database table.
 *
 * @author Opora
 * @see RiskProfile
 * @generated
 */
public class RiskProfileTable extends BaseTable<RiskProfileTable> {

	public static final RiskProfileTable INSTANCE = new RiskProfileTable();

	public final Column<RiskProfileTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskProfileTable, Long> riskProfileId = createColumn(
		"riskProfileId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RiskProfileTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Integer> year = createColumn(
		"year", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Long> riskDictionaryVersionId =
		createColumn(
			"riskDictionaryVersionId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, Date> calculatedDate = createColumn(
		"calculatedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskProfileTable, String> priorities = createColumn(
		"priorities", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskProfileTable() {
		super("OporaRp_RiskProfile", RiskProfileTable::new);
	}

}