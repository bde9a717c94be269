/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.cooperation.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The table class for the &quot;Opora_AgreementResource&quot; database table.
 *
 * @author Opora
 * @see AgreementResource
 * @generated
 */
public class AgreementResourceTable extends BaseTable<AgreementResourceTable> {

	public static final AgreementResourceTable INSTANCE =
		new AgreementResourceTable();

	public final Column<AgreementResourceTable, Long> mvccVersion =
		createColumn(
			"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<AgreementResourceTable, Long> agreementResourceId =
		createColumn(
			"agreementResourceId", Long.class, Types.BIGINT,
			Column.FLAG_PRIMARY);
	public final Column<AgreementResourceTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, Long> agreementId =
		createColumn(
			"agreementId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, Integer> priority =
		createColumn(
			"priority", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, String> party = createColumn(
		"party", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, String> resourceType =
		createColumn(
			"resourceType", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, String> description =
		createColumn(
			"description", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<AgreementResourceTable, String> schedule = createColumn(
		"schedule", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private AgreementResourceTable() {
		super("Opora_AgreementResource", AgreementResourceTable::new);
	}

}