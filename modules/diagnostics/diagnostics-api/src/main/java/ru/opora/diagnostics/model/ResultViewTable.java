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
 * The table class for the &quot;OporaDiag_ResultView&quot; database table.
 *
 * @author Opora
 * @see ResultView
 * @generated
 */
public class ResultViewTable extends BaseTable<ResultViewTable> {

	public static final ResultViewTable INSTANCE = new ResultViewTable();

	public final Column<ResultViewTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ResultViewTable, Long> resultViewId = createColumn(
		"resultViewId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ResultViewTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, Long> teacherUserId = createColumn(
		"teacherUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, Long> attemptId = createColumn(
		"attemptId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ResultViewTable, String> what = createColumn(
		"what", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ResultViewTable() {
		super("OporaDiag_ResultView", ResultViewTable::new);
	}

}