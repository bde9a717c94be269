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
 * The table class for the &quot;OporaRp_RiskDocument&quot; database table.
 *
 * @author Opora
 * @see RiskDocument
 * @generated
 */
public class RiskDocumentTable extends BaseTable<RiskDocumentTable> {

	public static final RiskDocumentTable INSTANCE = new RiskDocumentTable();

	public final Column<RiskDocumentTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskDocumentTable, Long> riskDocumentId = createColumn(
		"riskDocumentId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<RiskDocumentTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Integer> year = createColumn(
		"year", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> documentType = createColumn(
		"documentType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> factorCode = createColumn(
		"factorCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Integer> version = createColumn(
		"version", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Integer> round = createColumn(
		"round", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Date> periodStart = createColumn(
		"periodStart", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Date> periodEnd = createColumn(
		"periodEnd", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> goal = createColumn(
		"goal", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> tasks = createColumn(
		"tasks", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, String> expectedResult =
		createColumn(
			"expectedResult", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Long> folderId = createColumn(
		"folderId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Long> statusUserId = createColumn(
		"statusUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentTable, Date> statusDate = createColumn(
		"statusDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private RiskDocumentTable() {
		super("OporaRp_RiskDocument", RiskDocumentTable::new);
	}

}