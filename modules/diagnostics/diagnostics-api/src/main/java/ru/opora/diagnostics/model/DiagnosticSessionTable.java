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
 * The table class for the &quot;OporaDiag_DiagnosticSession&quot; database table.
 *
 * @author Opora
 * @see DiagnosticSession
 * @generated
 */
public class DiagnosticSessionTable extends BaseTable<DiagnosticSessionTable> {

	public static final DiagnosticSessionTable INSTANCE =
		new DiagnosticSessionTable();

	public final Column<DiagnosticSessionTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<DiagnosticSessionTable, Long> diagnosticSessionId =
		createColumn(
			"diagnosticSessionId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<DiagnosticSessionTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, String> subject = createColumn(
		"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Integer> timeLimit =
		createColumn(
			"timeLimit", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, Integer> bankVersion =
		createColumn(
			"bankVersion", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<DiagnosticSessionTable, String> competenceCodes =
		createColumn(
			"competenceCodes", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);

	private DiagnosticSessionTable() {
		super("OporaDiag_DiagnosticSession", DiagnosticSessionTable::new);
	}

}