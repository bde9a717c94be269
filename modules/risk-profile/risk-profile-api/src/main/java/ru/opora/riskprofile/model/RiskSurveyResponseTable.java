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
 * The table class for the &quot;OporaRp_RiskSurveyResponse&quot; database table.
 *
 * @author Opora
 * @see RiskSurveyResponse
 * @generated
 */
public class RiskSurveyResponseTable
	extends BaseTable<RiskSurveyResponseTable> {

	public static final RiskSurveyResponseTable INSTANCE =
		new RiskSurveyResponseTable();

	public final Column<RiskSurveyResponseTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskSurveyResponseTable, Long> riskSurveyResponseId =
		createColumn(
			"riskSurveyResponseId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RiskSurveyResponseTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Integer> year = createColumn(
		"year", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, String> respondentGroup =
		createColumn(
			"respondentGroup", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, Long> respondentUserId =
		createColumn(
			"respondentUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, String> responseCode =
		createColumn(
			"responseCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, String> answers = createColumn(
		"answers", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskSurveyResponseTable, String> source = createColumn(
		"source", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskSurveyResponseTable() {
		super("OporaRp_RiskSurveyResponse", RiskSurveyResponseTable::new);
	}

}