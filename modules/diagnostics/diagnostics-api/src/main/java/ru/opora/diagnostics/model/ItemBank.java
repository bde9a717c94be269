/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the ItemBank service. Represents a row in the &quot;OporaDiag_ItemBank&quot; database table, with each column mapped to a property of this class.
 *
 * @author Opora
 * @see ItemBankModel
 * @generated
 */
@ImplementationClassName("ru.opora.diagnostics.model.impl.ItemBankImpl")
@ProviderType
public interface ItemBank extends ItemBankModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>ru.opora.diagnostics.model.impl.ItemBankImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ItemBank, Long> ITEM_BANK_ID_ACCESSOR =
		new Accessor<ItemBank, Long>() {

			@Override
			public Long get(ItemBank itemBank) {
				return itemBank.getItemBankId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<ItemBank> getTypeClass() {
				return ItemBank.class;
			}

		};

}