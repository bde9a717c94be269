/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;OporaDiag_Route&quot; database table.
 *
 * @author Opora
 * @see Route
 * @generated
 */
public class RouteTable extends BaseTable<RouteTable> {

	public static final RouteTable INSTANCE = new RouteTable();

	public final Column<RouteTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RouteTable, Long> routeId = createColumn(
		"routeId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RouteTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> attemptId = createColumn(
		"attemptId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> agreedByUserId = createColumn(
		"agreedByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Date> agreedDate = createColumn(
		"agreedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteTable, Long> folderId = createColumn(
		"folderId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private RouteTable() {
		super("OporaDiag_Route", RouteTable::new);
	}

}