/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Opora_AssessmentResult&quot; database table.
 *
 * @author Opora
 * @see AssessmentResult
 * @generated
 */
public class AssessmentResultTable extends BaseTable<AssessmentResultTable> {

	public static final AssessmentResultTable INSTANCE =
		new AssessmentResultTable();

	public final Column<AssessmentResultTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AssessmentResultTable, Long> assessmentResultId =
		createColumn(
			"assessmentResultId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<AssessmentResultTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> assessmentYear =
		createColumn(
			"assessmentYear", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, String> assessmentType =
		createColumn(
			"assessmentType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> grade = createColumn(
		"grade", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, String> subject = createColumn(
		"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> participants =
		createColumn(
			"participants", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Boolean> marksGiven =
		createColumn(
			"marksGiven", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> marks2 = createColumn(
		"marks2", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> marks3 = createColumn(
		"marks3", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> marks4 = createColumn(
		"marks4", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Integer> marks5 = createColumn(
		"marks5", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Double> meanScore = createColumn(
		"meanScore", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<AssessmentResultTable, Double> shareBelowThreshold =
		createColumn(
			"shareBelowThreshold", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);

	private AssessmentResultTable() {
		super("Opora_AssessmentResult", AssessmentResultTable::new);
	}

}