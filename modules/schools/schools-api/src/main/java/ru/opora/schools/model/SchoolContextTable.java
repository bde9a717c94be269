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
 * The table class for the &quot;Opora_SchoolContext&quot; database table.
 *
 * @author Opora
 * @see SchoolContext
 * @generated
 */
public class SchoolContextTable extends BaseTable<SchoolContextTable> {

	public static final SchoolContextTable INSTANCE = new SchoolContextTable();

	public final Column<SchoolContextTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SchoolContextTable, Long> schoolContextId =
		createColumn(
			"schoolContextId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SchoolContextTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Integer> contextYear = createColumn(
		"contextYear", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Integer> pupilsCount = createColumn(
		"pupilsCount", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareSingleParent =
		createColumn(
			"shareSingleParent", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareBothParentsHigherEdu =
		createColumn(
			"shareBothParentsHigherEdu", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareParentHigherEdu =
		createColumn(
			"shareParentHigherEdu", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareDeviantRegistered =
		createColumn(
			"shareDeviantRegistered", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareNonNativeRussian =
		createColumn(
			"shareNonNativeRussian", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareLowIncome =
		createColumn(
			"shareLowIncome", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Integer> teacherVacancies =
		createColumn(
			"teacherVacancies", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareTeachersAged65Plus =
		createColumn(
			"shareTeachersAged65Plus", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Double> shareTeachersDoubleLoad =
		createColumn(
			"shareTeachersDoubleLoad", Double.class, Types.DOUBLE,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Boolean> needsMajorRepair =
		createColumn(
			"needsMajorRepair", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Boolean> hasHighSpeedInternet =
		createColumn(
			"hasHighSpeedInternet", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<SchoolContextTable, Boolean> hasGrowthPointCentre =
		createColumn(
			"hasGrowthPointCentre", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);

	private SchoolContextTable() {
		super("Opora_SchoolContext", SchoolContextTable::new);
	}

}