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
 * The table class for the &quot;OporaDiag_CompetenceArea&quot; database table.
 *
 * @author Opora
 * @see CompetenceArea
 * @generated
 */
public class CompetenceAreaTable extends BaseTable<CompetenceAreaTable> {

	public static final CompetenceAreaTable INSTANCE =
		new CompetenceAreaTable();

	public final Column<CompetenceAreaTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CompetenceAreaTable, Long> competenceAreaId =
		createColumn(
			"competenceAreaId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CompetenceAreaTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, Integer> version = createColumn(
		"version", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, String> code = createColumn(
		"code_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceAreaTable, String> subject = createColumn(
		"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private CompetenceAreaTable() {
		super("OporaDiag_CompetenceArea", CompetenceAreaTable::new);
	}

}