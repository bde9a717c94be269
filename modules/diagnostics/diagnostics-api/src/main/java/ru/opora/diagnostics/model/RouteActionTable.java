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
 * The table class for the &quot;OporaDiag_RouteAction&quot; database table.
 *
 * @author Opora
 * @see RouteAction
 * @generated
 */
public class RouteActionTable extends BaseTable<RouteActionTable> {

	public static final RouteActionTable INSTANCE = new RouteActionTable();

	public final Column<RouteActionTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RouteActionTable, Long> routeActionId = createColumn(
		"routeActionId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RouteActionTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Long> routeId = createColumn(
		"routeId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> competenceCode = createColumn(
		"competenceCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> actionType = createColumn(
		"actionType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Long> referenceId = createColumn(
		"referenceId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> title = createColumn(
		"title", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Date> deadline = createColumn(
		"deadline", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> evidence = createColumn(
		"evidence", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Date> doneDate = createColumn(
		"doneDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, Long> evidenceFileEntryId =
		createColumn(
			"evidenceFileEntryId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<RouteActionTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RouteActionTable() {
		super("OporaDiag_RouteAction", RouteActionTable::new);
	}

}