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
 * The table class for the &quot;OporaRp_RiskVerification&quot; database table.
 *
 * @author Opora
 * @see RiskVerification
 * @generated
 */
public class RiskVerificationTable extends BaseTable<RiskVerificationTable> {

	public static final RiskVerificationTable INSTANCE =
		new RiskVerificationTable();

	public final Column<RiskVerificationTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskVerificationTable, Long> riskVerificationId =
		createColumn(
			"riskVerificationId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RiskVerificationTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, Long> riskProfileId =
		createColumn(
			"riskProfileId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> factorCode =
		createColumn(
			"factorCode", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> action = createColumn(
		"action", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> fromLevel = createColumn(
		"fromLevel", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> toLevel = createColumn(
		"toLevel", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskVerificationTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskVerificationTable() {
		super("OporaRp_RiskVerification", RiskVerificationTable::new);
	}

}