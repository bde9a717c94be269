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
 * The table class for the &quot;Opora_CooperationAgreement&quot; database table.
 *
 * @author Opora
 * @see CooperationAgreement
 * @generated
 */
public class CooperationAgreementTable
	extends BaseTable<CooperationAgreementTable> {

	public static final CooperationAgreementTable INSTANCE =
		new CooperationAgreementTable();

	public final Column<CooperationAgreementTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<CooperationAgreementTable, Long> agreementId =
		createColumn(
			"agreementId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<CooperationAgreementTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> companyId =
		createColumn(
			"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> userName =
		createColumn(
			"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> modifiedDate =
		createColumn(
			"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> number =
		createColumn(
			"number_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> agreementDate =
		createColumn(
			"agreementDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> subject =
		createColumn(
			"subject", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> startDate =
		createColumn(
			"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Boolean> autoProlongation =
		createColumn(
			"autoProlongation", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Integer> prolongationMonths =
		createColumn(
			"prolongationMonths", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> status =
		createColumn(
			"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> statusReason =
		createColumn(
			"statusReason", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Date> terminationDate =
		createColumn(
			"terminationDate", Date.class, Types.TIMESTAMP,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Integer> version =
		createColumn(
			"version", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> rootAgreementId =
		createColumn(
			"rootAgreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> previousAgreementId =
		createColumn(
			"previousAgreementId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Boolean>
		coordinatorRequired = createColumn(
			"coordinatorRequired", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Boolean>
		coordinatorApproved = createColumn(
			"coordinatorApproved", Boolean.class, Types.BOOLEAN,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> coordinatorUserId =
		createColumn(
			"coordinatorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> folderId =
		createColumn("folderId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> signedScanFileEntryId =
		createColumn(
			"signedScanFileEntryId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, Long> documentFileEntryId =
		createColumn(
			"documentFileEntryId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<CooperationAgreementTable, String> lastAlert =
		createColumn(
			"lastAlert", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private CooperationAgreementTable() {
		super("Opora_CooperationAgreement", CooperationAgreementTable::new);
	}

}