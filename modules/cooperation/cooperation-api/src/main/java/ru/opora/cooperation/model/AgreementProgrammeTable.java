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
 * The table class for the &quot;Opora_AgreementProgramme&quot; database table.
 *
 * @author Opora
 * @see AgreementProgramme
 * @generated
 */
public class AgreementProgrammeTable
	extends BaseTable<AgreementProgrammeTable> {

	public static final AgreementProgrammeTable INSTANCE =
		new AgreementProgrammeTable();

	public final Column<AgreementProgrammeTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AgreementProgrammeTable, Long> agreementProgrammeId =
		createColumn(
			"agreementProgrammeId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<AgreementProgrammeTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Date> createDate =
		createColumn(
			"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Long> agreementId =
		createColumn(
			"agreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Integer> priority =
		createColumn(
			"priority", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, String> name = createColumn(
		"name", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, String> kind = createColumn(
		"kind", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Integer> hours = createColumn(
		"hours", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, String> grades = createColumn(
		"grades", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Integer> pupils = createColumn(
		"pupils", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Date> startDate = createColumn(
		"startDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<AgreementProgrammeTable, Date> endDate = createColumn(
		"endDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private AgreementProgrammeTable() {
		super("Opora_AgreementProgramme", AgreementProgrammeTable::new);
	}

}