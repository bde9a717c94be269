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
 * This class is a wrapper for {@link RouteAction}.
 * </p>
 *
 * @author Opora
 * @see RouteAction
 * @generated
 */
public class RouteActionWrapper
	extends BaseModelWrapper<RouteAction>
	implements ModelWrapper<RouteAction>, RouteAction {

	public RouteActionWrapper(RouteAction routeAction) {
		super(routeAction);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("routeActionId", getRouteActionId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("routeId", getRouteId());
		attributes.put("competenceCode", getCompetenceCode());
		attributes.put("actionType", getActionType());
		attributes.put("referenceId", getReferenceId());
		attributes.put("title", getTitle());
		attributes.put("deadline", getDeadline());
		attributes.put("evidence", getEvidence());
		attributes.put("status", getStatus());
		attributes.put("doneDate", getDoneDate());
		attributes.put("evidenceFileEntryId", getEvidenceFileEntryId());
		attributes.put("comment", getComment());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long routeActionId = (Long)attributes.get("routeActionId");

		if (routeActionId != null) {
			setRouteActionId(routeActionId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Long routeId = (Long)attributes.get("routeId");

		if (routeId != null) {
			setRouteId(routeId);
		}

		String competenceCode = (String)attributes.get("competenceCode");

		if (competenceCode != null) {
			setCompetenceCode(competenceCode);
		}

		String actionType = (String)attributes.get("actionType");

		if (actionType != null) {
			setActionType(actionType);
		}

		Long referenceId = (Long)attributes.get("referenceId");

		if (referenceId != null) {
			setReferenceId(referenceId);
		}

		String title = (String)attributes.get("title");

		if (title != null) {
			setTitle(title);
		}

		Date deadline = (Date)attributes.get("deadline");

		if (deadline != null) {
			setDeadline(deadline);
		}

		String evidence = (String)attributes.get("evidence");

		if (evidence != null) {
			setEvidence(evidence);
		}

		String status = (String)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Date doneDate = (Date)attributes.get("doneDate");

		if (doneDate != null) {
			setDoneDate(doneDate);
		}

		Long evidenceFileEntryId = (Long)attributes.get("evidenceFileEntryId");

		if (evidenceFileEntryId != null) {
			setEvidenceFileEntryId(evidenceFileEntryId);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}
	}

	@Override
	public RouteAction cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the action type of this route action.
	 *
	 * @return the action type of this route action
	 */
	@Override
	public String getActionType() {
		return model.getActionType();
	}

	/**
	 * Returns the comment of this route action.
	 *
	 * @return the comment of this route action
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this route action.
	 *
	 * @return the company ID of this route action
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the competence code of this route action.
	 *
	 * @return the competence code of this route action
	 */
	@Override
	public String getCompetenceCode() {
		return model.getCompetenceCode();
	}

	/**
	 * Returns the create date of this route action.
	 *
	 * @return the create date of this route action
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the deadline of this route action.
	 *
	 * @return the deadline of this route action
	 */
	@Override
	public Date getDeadline() {
		return model.getDeadline();
	}

	/**
	 * Returns the done date of this route action.
	 *
	 * @return the done date of this route action
	 */
	@Override
	public Date getDoneDate() {
		return model.getDoneDate();
	}

	/**
	 * Returns the evidence of this route action.
	 *
	 * @return the evidence of this route action
	 */
	@Override
	public String getEvidence() {
		return model.getEvidence();
	}

	/**
	 * Returns the evidence file entry ID of this route action.
	 *
	 * @return the evidence file entry ID of this route action
	 */
	@Override
	public long getEvidenceFileEntryId() {
		return model.getEvidenceFileEntryId();
	}

	/**
	 * Returns the group ID of this route action.
	 *
	 * @return the group ID of this route action
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the modified date of this route action.
	 *
	 * @return the modified date of this route action
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this route action.
	 *
	 * @return the mvcc version of this route action
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this route action.
	 *
	 * @return the primary key of this route action
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the reference ID of this route action.
	 *
	 * @return the reference ID of this route action
	 */
	@Override
	public long getReferenceId() {
		return model.getReferenceId();
	}

	/**
	 * Returns the route action ID of this route action.
	 *
	 * @return the route action ID of this route action
	 */
	@Override
	public long getRouteActionId() {
		return model.getRouteActionId();
	}

	/**
	 * Returns the route ID of this route action.
	 *
	 * @return the route ID of this route action
	 */
	@Override
	public long getRouteId() {
		return model.getRouteId();
	}

	/**
	 * Returns the status of this route action.
	 *
	 * @return the status of this route action
	 */
	@Override
	public String getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the title of this route action.
	 *
	 * @return the title of this route action
	 */
	@Override
	public String getTitle() {
		return model.getTitle();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the action type of this route action.
	 *
	 * @param actionType the action type of this route action
	 */
	@Override
	public void setActionType(String actionType) {
		model.setActionType(actionType);
	}

	/**
	 * Sets the comment of this route action.
	 *
	 * @param comment the comment of this route action
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this route action.
	 *
	 * @param companyId the company ID of this route action
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the competence code of this route action.
	 *
	 * @param competenceCode the competence code of this route action
	 */
	@Override
	public void setCompetenceCode(String competenceCode) {
		model.setCompetenceCode(competenceCode);
	}

	/**
	 * Sets the create date of this route action.
	 *
	 * @param createDate the create date of this route action
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the deadline of this route action.
	 *
	 * @param deadline the deadline of this route action
	 */
	@Override
	public void setDeadline(Date deadline) {
		model.setDeadline(deadline);
	}

	/**
	 * Sets the done date of this route action.
	 *
	 * @param doneDate the done date of this route action
	 */
	@Override
	public void setDoneDate(Date doneDate) {
		model.setDoneDate(doneDate);
	}

	/**
	 * Sets the evidence of this route action.
	 *
	 * @param evidence the evidence of this route action
	 */
	@Override
	public void setEvidence(String evidence) {
		model.setEvidence(evidence);
	}

	/**
	 * Sets the evidence file entry ID of this route action.
	 *
	 * @param evidenceFileEntryId the evidence file entry ID of this route action
	 */
	@Override
	public void setEvidenceFileEntryId(long evidenceFileEntryId) {
		model.setEvidenceFileEntryId(evidenceFileEntryId);
	}

	/**
	 * Sets the group ID of this route action.
	 *
	 * @param groupId the group ID of this route action
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the modified date of this route action.
	 *
	 * @param modifiedDate the modified date of this route action
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this route action.
	 *
	 * @param mvccVersion the mvcc version of this route action
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this route action.
	 *
	 * @param primaryKey the primary key of this route action
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the reference ID of this route action.
	 *
	 * @param referenceId the reference ID of this route action
	 */
	@Override
	public void setReferenceId(long referenceId) {
		model.setReferenceId(referenceId);
	}

	/**
	 * Sets the route action ID of this route action.
	 *
	 * @param routeActionId the route action ID of this route action
	 */
	@Override
	public void setRouteActionId(long routeActionId) {
		model.setRouteActionId(routeActionId);
	}

	/**
	 * Sets the route ID of this route action.
	 *
	 * @param routeId the route ID of this route action
	 */
	@Override
	public void setRouteId(long routeId) {
		model.setRouteId(routeId);
	}

	/**
	 * Sets the status of this route action.
	 *
	 * @param status the status of this route action
	 */
	@Override
	public void setStatus(String status) {
		model.setStatus(status);
	}

	/**
	 * Sets the title of this route action.
	 *
	 * @param title the title of this route action
	 */
	@Override
	public void setTitle(String title) {
		model.setTitle(title);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected RouteActionWrapper wrap(RouteAction routeAction) {
		return new RouteActionWrapper(routeAction);
	}

}