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
 * The table class for the &quot;OporaDiag_CompetenceScore&quot; database table.
 *
 * @author Opora
 * @see CompetenceScore
 * @generated
 */
public class CompetenceScoreTable extends BaseTable<CompetenceScoreTable> {

	public static final CompetenceScoreTable INSTANCE =
		new CompetenceScoreTable();

	public final Column<CompetenceScoreTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CompetenceScoreTable, Long> competenceScoreId =
		createColumn(
			"competenceScoreId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CompetenceScoreTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Long> attemptId = createColumn(
		"attemptId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, String> competenceCode =
		createColumn(
			"competenceCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Double> points = createColumn(
		"points", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Double> maxPoints = createColumn(
		"maxPoints", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Double> percent = createColumn(
		"percent", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Integer> threshold = createColumn(
		"threshold", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Integer> itemsTotal =
		createColumn(
			"itemsTotal", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Integer> itemsCorrect =
		createColumn(
			"itemsCorrect", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Integer> itemsPartial =
		createColumn(
			"itemsPartial", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CompetenceScoreTable, Integer> itemsUnanswered =
		createColumn(
			"itemsUnanswered", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);

	private CompetenceScoreTable() {
		super("OporaDiag_CompetenceScore", CompetenceScoreTable::new);
	}

}