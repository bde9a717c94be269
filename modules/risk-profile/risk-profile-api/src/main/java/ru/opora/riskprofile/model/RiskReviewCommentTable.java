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
 * The table class for the &quot;OporaRp_RiskReviewComment&quot; database table.
 *
 * @author Opora
 * @see RiskReviewComment
 * @generated
 */
public class RiskReviewCommentTable extends BaseTable<RiskReviewCommentTable> {

	public static final RiskReviewCommentTable INSTANCE =
		new RiskReviewCommentTable();

	public final Column<RiskReviewCommentTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<RiskReviewCommentTable, Long> riskReviewCommentId =
		createColumn(
			"riskReviewCommentId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<RiskReviewCommentTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, Long> riskDocumentId =
		createColumn(
			"riskDocumentId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, Integer> round = createColumn(
		"round", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, String> section = createColumn(
		"section", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<RiskReviewCommentTable, String> comment = createColumn(
		"comment_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private RiskReviewCommentTable() {
		super("OporaRp_RiskReviewComment", RiskReviewCommentTable::new);
	}

}