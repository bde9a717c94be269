/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Opora_MentorAssignment&quot; database table.
 *
 * @author Opora
 * @see MentorAssignment
 * @generated
 */
public class MentorAssignmentTable extends BaseTable<MentorAssignmentTable> {

	public static final MentorAssignmentTable INSTANCE =
		new MentorAssignmentTable();

	public final Column<MentorAssignmentTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MentorAssignmentTable, Long> mentorAssignmentId =
		createColumn(
			"mentorAssignmentId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<MentorAssignmentTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> supportedSchoolId =
		createColumn(
			"supportedSchoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> mentorSchoolId =
		createColumn(
			"mentorSchoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> curatorUserId =
		createColumn(
			"curatorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> teacherMentorUserId =
		createColumn(
			"teacherMentorUserId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> menteeUserId =
		createColumn(
			"menteeUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> orderNumber =
		createColumn(
			"orderNumber", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Date> orderDate = createColumn(
		"orderDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, Long> orderFileEntryId =
		createColumn(
			"orderFileEntryId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> statusReason =
		createColumn(
			"statusReason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentTable, String> explanation =
		createColumn(
			"explanation", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private MentorAssignmentTable() {
		super("Opora_MentorAssignment", MentorAssignmentTable::new);
	}

}