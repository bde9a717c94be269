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
 * The table class for the &quot;Opora_AgreementParty&quot; database table.
 *
 * @author Opora
 * @see AgreementParty
 * @generated
 */
public class AgreementPartyTable extends BaseTable<AgreementPartyTable> {

	public static final AgreementPartyTable INSTANCE =
		new AgreementPartyTable();

	public final Column<AgreementPartyTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AgreementPartyTable, Long> agreementPartyId =
		createColumn(
			"agreementPartyId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AgreementPartyTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Long> agreementId = createColumn(
		"agreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Integer> priority = createColumn(
		"priority", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Long> schoolId = createColumn(
		"schoolId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> fullName = createColumn(
		"fullName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> legalForm = createColumn(
		"legalForm", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> address = createColumn(
		"address", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> inn = createColumn(
		"inn", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> ogrn = createColumn(
		"ogrn", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> headName = createColumn(
		"headName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> headPosition =
		createColumn(
			"headPosition", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, String> authorityBasis =
		createColumn(
			"authorityBasis", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Boolean> approved = createColumn(
		"approved", Boolean.class, Types.BOOLEAN, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Long> approvedUserId =
		createColumn(
			"approvedUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementPartyTable, Date> approvedDate = createColumn(
		"approvedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private AgreementPartyTable() {
		super("Opora_AgreementParty", AgreementPartyTable::new);
	}

}