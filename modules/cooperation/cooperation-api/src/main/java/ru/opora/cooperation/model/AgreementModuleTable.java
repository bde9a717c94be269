/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;Opora_AgreementModule&quot; database table.
 *
 * @author Opora
 * @see AgreementModule
 * @generated
 */
public class AgreementModuleTable extends BaseTable<AgreementModuleTable> {

	public static final AgreementModuleTable INSTANCE =
		new AgreementModuleTable();

	public final Column<AgreementModuleTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AgreementModuleTable, Long> agreementModuleId =
		createColumn(
			"agreementModuleId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<AgreementModuleTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, Long> agreementId = createColumn(
		"agreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, Long> agreementProgrammeId =
		createColumn(
			"agreementProgrammeId", Long.class, Types.BIGINT,
			Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, Integer> priority = createColumn(
		"priority", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, Integer> hours = createColumn(
		"hours", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementModuleTable, String> deliveringParty =
		createColumn(
			"deliveringParty", String.class, Types.VARCHAR,
			Column.FLAG_DEFAULT);

	private AgreementModuleTable() {
		super("Opora_AgreementModule", AgreementModuleTable::new);
	}

}