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
 * The table class for the &quot;OporaDiag_CourseEnrolment&quot; database table.
 *
 * @author Opora
 * @see CourseEnrolment
 * @generated
 */
public class CourseEnrolmentTable extends BaseTable<CourseEnrolmentTable> {

	public static final CourseEnrolmentTable INSTANCE =
		new CourseEnrolmentTable();

	public final Column<CourseEnrolmentTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CourseEnrolmentTable, Long> courseEnrolmentId =
		createColumn(
			"courseEnrolmentId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CourseEnrolmentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Long> courseId = createColumn(
		"courseId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Date> completedDate =
		createColumn(
			"completedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseEnrolmentTable, Long> certificateFileEntryId =
		createColumn(
			"certificateFileEntryId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);

	private CourseEnrolmentTable() {
		super("OporaDiag_CourseEnrolment", CourseEnrolmentTable::new);
	}

}