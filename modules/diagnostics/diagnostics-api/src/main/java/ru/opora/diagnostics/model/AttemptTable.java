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
 * The table class for the &quot;OporaDiag_Attempt&quot; database table.
 *
 * @author Opora
 * @see Attempt
 * @generated
 */
public class AttemptTable extends BaseTable<AttemptTable> {

	public static final AttemptTable INSTANCE = new AttemptTable();

	public final Column<AttemptTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AttemptTable, Long> attemptId = createColumn(
		"attemptId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AttemptTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Long> diagnosticSessionId = createColumn(
		"diagnosticSessionId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, String> subject = createColumn(
		"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Integer> bankVersion = createColumn(
		"bankVersion", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Long> seed = createColumn(
		"seed", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, String> itemCodes = createColumn(
		"itemCodes", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, String> answers = createColumn(
		"answers", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AttemptTable, Date> submitDate = createColumn(
		"submitDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private AttemptTable() {
		super("OporaDiag_Attempt", AttemptTable::new);
	}

}