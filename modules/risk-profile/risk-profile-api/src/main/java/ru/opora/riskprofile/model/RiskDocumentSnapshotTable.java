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
 * The table class for the &quot;OporaRp_RiskDocumentSnapshot&quot; database table.
 *
 * @author Opora
 * @see RiskDocumentSnapshot
 * @generated
 */
public class RiskDocumentSnapshotTable
	extends BaseTable<RiskDocumentSnapshotTable> {

	public static final RiskDocumentSnapshotTable INSTANCE =
		new RiskDocumentSnapshotTable();

	public final Column<RiskDocumentSnapshotTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskDocumentSnapshotTable, Long>
		riskDocumentSnapshotId = createColumn(
			"riskDocumentSnapshotId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RiskDocumentSnapshotTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, Long> riskDocumentId =
		createColumn(
			"riskDocumentId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, Integer> round =
		createColumn(
			"round", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskDocumentSnapshotTable, String> content =
		createColumn(
			"content", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskDocumentSnapshotTable() {
		super("OporaRp_RiskDocumentSnapshot", RiskDocumentSnapshotTable::new);
	}

}