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
 * The table class for the &quot;Opora_SupportEvent&quot; database table.
 *
 * @author Opora
 * @see SupportEvent
 * @generated
 */
public class SupportEventTable extends BaseTable<SupportEventTable> {

	public static final SupportEventTable INSTANCE = new SupportEventTable();

	public final Column<SupportEventTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<SupportEventTable, Long> supportEventId = createColumn(
		"supportEventId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<SupportEventTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Long> mentorAssignmentId =
		createColumn(
			"mentorAssignmentId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> eventType = createColumn(
		"eventType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> title = createColumn(
		"title", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Date> plannedDate = createColumn(
		"plannedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> participants = createColumn(
		"participants", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> expectedResult =
		createColumn(
			"expectedResult", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Date> reportDate = createColumn(
		"reportDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Long> reportUserId = createColumn(
		"reportUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> outcome = createColumn(
		"outcome", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Long> reportFolderId = createColumn(
		"reportFolderId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, String> materialFileEntryIds =
		createColumn(
			"materialFileEntryIds", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);
	public final Column<SupportEventTable, Date> overdueNotifiedDate =
		createColumn(
			"overdueNotifiedDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);

	private SupportEventTable() {
		super("Opora_SupportEvent", SupportEventTable::new);
	}

}