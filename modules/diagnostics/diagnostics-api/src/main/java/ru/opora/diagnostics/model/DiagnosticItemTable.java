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
 * The table class for the &quot;OporaDiag_DiagnosticItem&quot; database table.
 *
 * @author Opora
 * @see DiagnosticItem
 * @generated
 */
public class DiagnosticItemTable extends BaseTable<DiagnosticItemTable> {

	public static final DiagnosticItemTable INSTANCE =
		new DiagnosticItemTable();

	public final Column<DiagnosticItemTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<DiagnosticItemTable, Long> diagnosticItemId =
		createColumn(
			"diagnosticItemId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<DiagnosticItemTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, Integer> version = createColumn(
		"version", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> code = createColumn(
		"code_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> competenceCode =
		createColumn(
			"competenceCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> itemType = createColumn(
		"itemType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> text = createColumn(
		"text_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> options = createColumn(
		"options", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> matches = createColumn(
		"matches", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, String> scoringKey = createColumn(
		"scoringKey", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<DiagnosticItemTable, Integer> weight = createColumn(
		"weight", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private DiagnosticItemTable() {
		super("OporaDiag_DiagnosticItem", DiagnosticItemTable::new);
	}

}