/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link RiskMeasure}.
 * </p>
 *
 * @author Opora
 * @see RiskMeasure
 * @generated
 */
public class RiskMeasureWrapper
	extends BaseModelWrapper<RiskMeasure>
	implements ModelWrapper<RiskMeasure>, RiskMeasure {

	public RiskMeasureWrapper(RiskMeasure riskMeasure) {
		super(riskMeasure);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("riskMeasureId", getRiskMeasureId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("riskDocumentId", getRiskDocumentId());
		attributes.put("position", getPosition());
		attributes.put("title", getTitle());
		attributes.put("taskIndex", getTaskIndex());
		attributes.put("deadline", getDeadline());
		attributes.put("responsible", getResponsible());
		attributes.put("indicator", getIndicator());
		attributes.put("baseline", getBaseline());
		attributes.put("target", getTarget());
		attributes.put("expectedResult", getExpectedResult());
		attributes.put("doneDate", getDoneDate());
		attributes.put("notDone", isNotDone());
		attributes.put("interimValue", getInterimValue());
		attributes.put("finalValue", getFinalValue());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long riskMeasureId = (Long)attributes.get("riskMeasureId");

		if (riskMeasureId != null) {
			setRiskMeasureId(riskMeasureId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long riskDocumentId = (Long)attributes.get("riskDocumentId");

		if (riskDocumentId != null) {
			setRiskDocumentId(riskDocumentId);
		}

		Integer position = (Integer)attributes.get("position");

		if (position != null) {
			setPosition(position);
		}

		String title = (String)attributes.get("title");

		if (title != null) {
			setTitle(title);
		}

		Integer taskIndex = (Integer)attributes.get("taskIndex");

		if (taskIndex != null) {
			setTaskIndex(taskIndex);
		}

		Date deadline = (Date)attributes.get("deadline");

		if (deadline != null) {
			setDeadline(deadline);
		}

		String responsible = (String)attributes.get("responsible");

		if (responsible != null) {
			setResponsible(responsible);
		}

		String indicator = (String)attributes.get("indicator");

		if (indicator != null) {
			setIndicator(indicator);
		}

		String baseline = (String)attributes.get("baseline");

		if (baseline != null) {
			setBaseline(baseline);
		}

		Double target = (Double)attributes.get("target");

		if (target != null) {
			setTarget(target);
		}

		String expectedResult = (String)attributes.get("expectedResult");

		if (expectedResult != null) {
			setExpectedResult(expectedResult);
		}

		Date doneDate = (Date)attributes.get("doneDate");

		if (doneDate != null) {
			setDoneDate(doneDate);
		}

		Boolean notDone = (Boolean)attributes.get("notDone");

		if (notDone != null) {
			setNotDone(notDone);
		}

		String interimValue = (String)attributes.get("interimValue");

		if (interimValue != null) {
			setInterimValue(interimValue);
		}

		String finalValue = (String)attributes.get("finalValue");

		if (finalValue != null) {
			setFinalValue(finalValue);
		}
	}

	@Override
	public RiskMeasure cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the baseline of this risk measure.
	 *
	 * @return the baseline of this risk measure
	 */
	@Override
	public String getBaseline() {
		return model.getBaseline();
	}

	/**
	 * Returns the company ID of this risk measure.
	 *
	 * @return the company ID of this risk measure
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the deadline of this risk measure.
	 *
	 * @return the deadline of this risk measure
	 */
	@Override
	public Date getDeadline() {
		return model.getDeadline();
	}

	/**
	 * Returns the done date of this risk measure.
	 *
	 * @return the done date of this risk measure
	 */
	@Override
	public Date getDoneDate() {
		return model.getDoneDate();
	}

	/**
	 * Returns the expected result of this risk measure.
	 *
	 * @return the expected result of this risk measure
	 */
	@Override
	public String getExpectedResult() {
		return model.getExpectedResult();
	}

	/**
	 * Returns the final value of this risk measure.
	 *
	 * @return the final value of this risk measure
	 */
	@Override
	public String getFinalValue() {
		return model.getFinalValue();
	}

	/**
	 * Returns the group ID of this risk measure.
	 *
	 * @return the group ID of this risk measure
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the indicator of this risk measure.
	 *
	 * @return the indicator of this risk measure
	 */
	@Override
	public String getIndicator() {
		return model.getIndicator();
	}

	/**
	 * Returns the interim value of this risk measure.
	 *
	 * @return the interim value of this risk measure
	 */
	@Override
	public String getInterimValue() {
		return model.getInterimValue();
	}

	/**
	 * Returns the mvcc version of this risk measure.
	 *
	 * @return the mvcc version of this risk measure
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the not done of this risk measure.
	 *
	 * @return the not done of this risk measure
	 */
	@Override
	public boolean getNotDone() {
		return model.getNotDone();
	}

	/**
	 * Returns the position of this risk measure.
	 *
	 * @return the position of this risk measure
	 */
	@Override
	public int getPosition() {
		return model.getPosition();
	}

	/**
	 * Returns the primary key of this risk measure.
	 *
	 * @return the primary key of this risk measure
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the responsible of this risk measure.
	 *
	 * @return the responsible of this risk measure
	 */
	@Override
	public String getResponsible() {
		return model.getResponsible();
	}

	/**
	 * Returns the risk document ID of this risk measure.
	 *
	 * @return the risk document ID of this risk measure
	 */
	@Override
	public long getRiskDocumentId() {
		return model.getRiskDocumentId();
	}

	/**
	 * Returns the risk measure ID of this risk measure.
	 *
	 * @return the risk measure ID of this risk measure
	 */
	@Override
	public long getRiskMeasureId() {
		return model.getRiskMeasureId();
	}

	/**
	 * Returns the target of this risk measure.
	 *
	 * @return the target of this risk measure
	 */
	@Override
	public double getTarget() {
		return model.getTarget();
	}

	/**
	 * Returns the task index of this risk measure.
	 *
	 * @return the task index of this risk measure
	 */
	@Override
	public int getTaskIndex() {
		return model.getTaskIndex();
	}

	/**
	 * Returns the title of this risk measure.
	 *
	 * @return the title of this risk measure
	 */
	@Override
	public String getTitle() {
		return model.getTitle();
	}

	/**
	 * Returns <code>true</code> if this risk measure is not done.
	 *
	 * @return <code>true</code> if this risk measure is not done; <code>false</code> otherwise
	 */
	@Override
	public boolean isNotDone() {
		return model.isNotDone();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the baseline of this risk measure.
	 *
	 * @param baseline the baseline of this risk measure
	 */
	@Override
	public void setBaseline(String baseline) {
		model.setBaseline(baseline);
	}

	/**
	 * Sets the company ID of this risk measure.
	 *
	 * @param companyId the company ID of this risk measure
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the deadline of this risk measure.
	 *
	 * @param deadline the deadline of this risk measure
	 */
	@Override
	public void setDeadline(Date deadline) {
		model.setDeadline(deadline);
	}

	/**
	 * Sets the done date of this risk measure.
	 *
	 * @param doneDate the done date of this risk measure
	 */
	@Override
	public void setDoneDate(Date doneDate) {
		model.setDoneDate(doneDate);
	}

	/**
	 * Sets the expected result of this risk measure.
	 *
	 * @param expectedResult the expected result of this risk measure
	 */
	@Override
	public void setExpectedResult(String expectedResult) {
		model.setExpectedResult(expectedResult);
	}

	/**
	 * Sets the final value of this risk measure.
	 *
	 * @param finalValue the final value of this risk measure
	 */
	@Override
	public void setFinalValue(String finalValue) {
		model.setFinalValue(finalValue);
	}

	/**
	 * Sets the group ID of this risk measure.
	 *
	 * @param groupId the group ID of this risk measure
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the indicator of this risk measure.
	 *
	 * @param indicator the indicator of this risk measure
	 */
	@Override
	public void setIndicator(String indicator) {
		model.setIndicator(indicator);
	}

	/**
	 * Sets the interim value of this risk measure.
	 *
	 * @param interimValue the interim value of this risk measure
	 */
	@Override
	public void setInterimValue(String interimValue) {
		model.setInterimValue(interimValue);
	}

	/**
	 * Sets the mvcc version of this risk measure.
	 *
	 * @param mvccVersion the mvcc version of this risk measure
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets whether this risk measure is not done.
	 *
	 * @param notDone the not done of this risk measure
	 */
	@Override
	public void setNotDone(boolean notDone) {
		model.setNotDone(notDone);
	}

	/**
	 * Sets the position of this risk measure.
	 *
	 * @param position the position of this risk measure
	 */
	@Override
	public void setPosition(int position) {
		model.setPosition(position);
	}

	/**
	 * Sets the primary key of this risk measure.
	 *
	 * @param primaryKey the primary key of this risk measure
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the responsible of this risk measure.
	 *
	 * @param responsible the responsible of this risk measure
	 */
	@Override
	public void setResponsible(String responsible) {
		model.setResponsible(responsible);
	}

	/**
	 * Sets the risk document ID of this risk measure.
	 *
	 * @param riskDocumentId the risk document ID of this risk measure
	 */
	@Override
	public void setRiskDocumentId(long riskDocumentId) {
		model.setRiskDocumentId(riskDocumentId);
	}

	/**
	 * Sets the risk measure ID of this risk measure.
	 *
	 * @param riskMeasureId the risk measure ID of this risk measure
	 */
	@Override
	public void setRiskMeasureId(long riskMeasureId) {
		model.setRiskMeasureId(riskMeasureId);
	}

	/**
	 * Sets the target of this risk measure.
	 *
	 * @param target the target of this risk measure
	 */
	@Override
	public void setTarget(double target) {
		model.setTarget(target);
	}

	/**
	 * Sets the task index of this risk measure.
	 *
	 * @param taskIndex the task index of this risk measure
	 */
	@Override
	public void setTaskIndex(int taskIndex) {
		model.setTaskIndex(taskIndex);
	}

	/**
	 * Sets the title of this risk measure.
	 *
	 * @param title the title of this risk measure
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
	protected RiskMeasureWrapper wrap(RiskMeasure riskMeasure) {
		return new RiskMeasureWrapper(riskMeasure);
	}

}