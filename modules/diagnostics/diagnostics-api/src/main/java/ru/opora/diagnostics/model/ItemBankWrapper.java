/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.diagnostics.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link ItemBank}.
 * </p>
 *
 * @author Opora
 * @see ItemBank
 * @generated
 */
public class ItemBankWrapper
	extends BaseModelWrapper<ItemBank>
	implements ItemBank, ModelWrapper<ItemBank> {

	public ItemBankWrapper(ItemBank itemBank) {
		super(itemBank);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("itemBankId", getItemBankId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("version", getVersion());
		attributes.put("status", getStatus());
		attributes.put("publishDate", getPublishDate());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long itemBankId = (Long)attributes.get("itemBankId");

		if (itemBankId != null) {
			setItemBankId(itemBankId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Integer version = (Integer)attributes.get("version");

		if (version != null) {
			setVersion(version);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date publishDate = (Date)attributes.get("publishDate");

		if (publishDate != null) {
			setPublishDate(publishDate);
		}
	}

	@Override
	public ItemBank cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this item bank.
	 *
	 * @return the company ID of this item bank
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this item bank.
	 *
	 * @return the create date of this item bank
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the item bank ID of this item bank.
	 *
	 * @return the item bank ID of this item bank
	 */
	@Override
	public long getItemBankId() {
		return model.getItemBankId();
	}

	/**
	 * Returns the modified date of this item bank.
	 *
	 * @return the modified date of this item bank
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this item bank.
	 *
	 * @return the mvcc version of this item bank
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this item bank.
	 *
	 * @return the primary key of this item bank
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the publish date of this item bank.
	 *
	 * @return the publish date of this item bank
	 */
	@Override
	public Date getPublishDate() {
		return model.getPublishDate();
	}

	/**
	 * Returns the status of this item bank.
	 *
	 * @return the status of this item bank
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the user ID of this item bank.
	 *
	 * @return the user ID of this item bank
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this item bank.
	 *
	 * @return the user name of this item bank
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this item bank.
	 *
	 * @return the user uuid of this item bank
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the version of this item bank.
	 *
	 * @return the version of this item bank
	 */
	@Override
	public int getVersion() {
		return model.getVersion();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this item bank.
	 *
	 * @param companyId the company ID of this item bank
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this item bank.
	 *
	 * @param createDate the create date of this item bank
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the item bank ID of this item bank.
	 *
	 * @param itemBankId the item bank ID of this item bank
	 */
	@Override
	public void setItemBankId(long itemBankId) {
		model.setItemBankId(itemBankId);
	}

	/**
	 * Sets the modified date of this item bank.
	 *
	 * @param modifiedDate the modified date of this item bank
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this item bank.
	 *
	 * @param mvccVersion the mvcc version of this item bank
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this item bank.
	 *
	 * @param primaryKey the primary key of this item bank
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the publish date of this item bank.
	 *
	 * @param publishDate the publish date of this item bank
	 */
	@Override
	public void setPublishDate(Date publishDate) {
		model.setPublishDate(publishDate);
	}

	/**
	 * Sets the status of this item bank.
	 *
	 * @param status the status of this item bank
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the user ID of this item bank.
	 *
	 * @param userId the user ID of this item bank
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this item bank.
	 *
	 * @param userName the user name of this item bank
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this item bank.
	 *
	 * @param userUuid the user uuid of this item bank
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the version of this item bank.
	 *
	 * @param version the version of this item bank
	 */
	@Override
	public void setVersion(int version) {
		model.setVersion(version);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ItemBankWrapper wrap(ItemBank itemBank) {
		return new ItemBankWrapper(itemBank);
	}

}