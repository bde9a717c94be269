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
 * The table class for the &quot;Opora_School&quot; database table.
 *
 * @author Opora
 * @see School
 * @generated
 */
public class SchoolTable extends BaseTable<SchoolTable> {

	public static final SchoolTable INSTANCE = new SchoolTable();

	public final Column<SchoolTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SchoolTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SchoolTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> shortName = createColumn(
		"shortName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> address = createColumn(
		"address", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> settlementType = createColumn(
		"settlementType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> schoolLevel = createColumn(
		"schoolLevel", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Boolean> smallSchool = createColumn(
		"smallSchool", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Long> branchOfSchoolId = createColumn(
		"branchOfSchoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Double> distanceToCentreKm = createColumn(
		"distanceToCentreKm", Double.class, Types.DOUBLE, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> headName = createColumn(
		"headName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> phone = createColumn(
		"phone", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> email = createColumn(
		"email", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> federalLogin = createColumn(
		"federalLogin", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, String> schoolStatus = createColumn(
		"schoolStatus", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SchoolTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private SchoolTable() {
		super("Opora_School", SchoolTable::new);
	}

}