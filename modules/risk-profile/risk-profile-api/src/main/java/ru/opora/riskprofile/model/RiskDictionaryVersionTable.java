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
 * The table class for the &quot;OporaRp_RiskDictionaryVersion&quot; database table.
 *
 * @author Opora
 * @see RiskDictionaryVersion
 * @generated
 */
public class RiskDictionaryVersionTable
	extends BaseTable<RiskDictionaryVersionTable> {

	public static final RiskDictionaryVersionTable INSTANCE =
		new RiskDictionaryVersionTable();

	public final Column<RiskDictionaryVersionTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskDictionaryVersionTable, Long>
		riskDictionaryVersionId = createColumn(
			"riskDictionaryVersionId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RiskDictionaryVersionTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDictionaryVersionTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDictionaryVersionTable, String> userName =
		createColumn(
			"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDictionaryVersionTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDictionaryVersionTable, Integer> fromYear =
		createColumn(
			"fromYear", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskDictionaryVersionTable, String> content =
		createColumn(
			"content", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskDictionaryVersionTable() {
		super("OporaRp_RiskDictionaryVersion", RiskDictionaryVersionTable::new);
	}

}