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
 * The table class for the &quot;OporaRp_RiskMeasure&quot; database table.
 *
 * @author Opora
 * @see RiskMeasure
 * @generated
 */
public class RiskMeasureTable extends BaseTable<RiskMeasureTable> {

	public static final RiskMeasureTable INSTANCE = new RiskMeasureTable();

	public final Column<RiskMeasureTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskMeasureTable, Long> riskMeasureId = createColumn(
		"riskMeasureId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RiskMeasureTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Long> riskDocumentId = createColumn(
		"riskDocumentId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Integer> position = createColumn(
		"position", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> title = createColumn(
		"title", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Integer> taskIndex = createColumn(
		"taskIndex", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Date> deadline = createColumn(
		"deadline", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> responsible = createColumn(
		"responsible", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> indicator = createColumn(
		"indicator", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> baseline = createColumn(
		"baseline", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Double> target = createColumn(
		"target", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> expectedResult = createColumn(
		"expectedResult", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Date> doneDate = createColumn(
		"doneDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, Boolean> notDone = createColumn(
		"notDone", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> interimValue = createColumn(
		"interimValue", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskMeasureTable, String> finalValue = createColumn(
		"finalValue", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskMeasureTable() {
		super("OporaRp_RiskMeasure", RiskMeasureTable::new);
	}

}