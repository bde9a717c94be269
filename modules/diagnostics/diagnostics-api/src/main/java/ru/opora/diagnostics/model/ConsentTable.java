/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;OporaDiag_Consent&quot; database table.
 *
 * @author Opora
 * @see Consent
 * @generated
 */
public class ConsentTable extends BaseTable<ConsentTable> {

	public static final ConsentTable INSTANCE = new ConsentTable();

	public final Column<ConsentTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ConsentTable, Long> consentId = createColumn(
		"consentId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ConsentTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ConsentTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ConsentTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ConsentTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ConsentTable, String> consentVersion = createColumn(
		"consentVersion", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private ConsentTable() {
		super("OporaDiag_Consent", ConsentTable::new);
	}

}