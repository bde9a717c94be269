/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Opora_AgreementHistory&quot; database table.
 *
 * @author Opora
 * @see AgreementHistory
 * @generated
 */
public class AgreementHistoryTable extends BaseTable<AgreementHistoryTable> {

	public static final AgreementHistoryTable INSTANCE =
		new AgreementHistoryTable();

	public final Column<AgreementHistoryTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AgreementHistoryTable, Long> agreementHistoryId =
		createColumn(
			"agreementHistoryId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<AgreementHistoryTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, Long> agreementId = createColumn(
		"agreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, String> step = createColumn(
		"step", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, String> oldStatus = createColumn(
		"oldStatus", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, String> newStatus = createColumn(
		"newStatus", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementHistoryTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private AgreementHistoryTable() {
		super("Opora_AgreementHistory", AgreementHistoryTable::new);
	}

}