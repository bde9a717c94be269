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
 * The table class for the &quot;Opora_MentorAssignmentHistory&quot; database table.
 *
 * @author Opora
 * @see MentorAssignmentHistory
 * @generated
 */
public class MentorAssignmentHistoryTable
	extends BaseTable<MentorAssignmentHistoryTable> {

	public static final MentorAssignmentHistoryTable INSTANCE =
		new MentorAssignmentHistoryTable();

	public final Column<MentorAssignmentHistoryTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MentorAssignmentHistoryTable, Long>
		mentorAssignmentHistoryId = createColumn(
			"mentorAssignmentHistoryId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<MentorAssignmentHistoryTable, Long> groupId =
		createColumn("groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, Long> userId =
		createColumn("userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, String> userName =
		createColumn(
			"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, Long> mentorAssignmentId =
		createColumn(
			"mentorAssignmentId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, String> oldStatus =
		createColumn(
			"oldStatus", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, String> newStatus =
		createColumn(
			"newStatus", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorAssignmentHistoryTable, String> comment =
		createColumn(
			"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private MentorAssignmentHistoryTable() {
		super(
			"Opora_MentorAssignmentHistory", MentorAssignmentHistoryTable::new);
	}

}