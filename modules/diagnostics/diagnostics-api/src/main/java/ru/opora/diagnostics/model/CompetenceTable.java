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
 * The table class for the &quot;OporaDiag_Competence&quot; database table.
 *
 * @author Opora
 * @see Competence
 * @generated
 */
public class CompetenceTable extends BaseTable<CompetenceTable> {

	public static final CompetenceTable INSTANCE = new CompetenceTable();

	public final Column<CompetenceTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CompetenceTable, Long> competenceId = createColumn(
		"competenceId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CompetenceTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, Integer> version = createColumn(
		"version", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, String> code = createColumn(
		"code_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, String> areaCode = createColumn(
		"areaCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, Integer> threshold = createColumn(
		"threshold", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceTable, Integer> itemsPerSession =
		createColumn(
			"itemsPerSession", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);

	private CompetenceTable() {
		super("OporaDiag_Competence", CompetenceTable::new);
	}

}