/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.schools.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link AssessmentResult}.
 * </p>
 *
 * @author Opora
 * @see AssessmentResult
 * @generated
 */
public class AssessmentResultWrapper
	extends BaseModelWrapper<AssessmentResult>
	implements AssessmentResult, ModelWrapper<AssessmentResult> {

	public AssessmentResultWrapper(AssessmentResult assessmentResult) {
		super(assessmentResult);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("assessmentResultId", getAssessmentResultId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("schoolId", getSchoolId());
		attributes.put("assessmentYear", getAssessmentYear());
		attributes.put("assessmentType", getAssessmentType());
		attributes.put("grade", getGrade());
		attributes.put("subject", getSubject());
		attributes.put("participants", getParticipants());
		attributes.put("marksGiven", isMarksGiven());
		attributes.put("marks2", getMarks2());
		attributes.put("marks3", getMarks3());
		attributes.put("marks4", getMarks4());
		attributes.put("marks5", getMarks5());
		attributes.put("meanScore", getMeanScore());
		attributes.put("shareBelowThreshold", getShareBelowThreshold());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long assessmentResultId = (Long)attributes.get("assessmentResultId");

		if (assessmentResultId != null) {
			setAssessmentResultId(assessmentResultId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
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

		Long schoolId = (Long)attributes.get("schoolId");

		if (schoolId != null) {
			setSchoolId(schoolId);
		}

		Integer assessmentYear = (Integer)attributes.get("assessmentYear");

		if (assessmentYear != null) {
			setAssessmentYear(assessmentYear);
		}

		String assessmentType = (String)attributes.get("assessmentType");

		if (assessmentType != null) {
			setAssessmentType(assessmentType);
		}

		Integer grade = (Integer)attributes.get("grade");

		if (grade != null) {
			setGrade(grade);
		}

		String subject = (String)attributes.get("subject");

		if (subject != null) {
			setSubject(subject);
		}

		Integer participants = (Integer)attributes.get("participants");

		if (participants != null) {
			setParticipants(participants);
		}

		Boolean marksGiven = (Boolean)attributes.get("marksGiven");

		if (marksGiven != null) {
			setMarksGiven(marksGiven);
		}

		Integer marks2 = (Integer)attributes.get("marks2");

		if (marks2 != null) {
			setMarks2(marks2);
		}

		Integer marks3 = (Integer)attributes.get("marks3");

		if (marks3 != null) {
			setMarks3(marks3);
		}

		Integer marks4 = (Integer)attributes.get("marks4");

		if (marks4 != null) {
			setMarks4(marks4);
		}

		Integer marks5 = (Integer)attributes.get("marks5");

		if (marks5 != null) {
			setMarks5(marks5);
		}

		Double meanScore = (Double)attributes.get("meanScore");

		if (meanScore != null) {
			setMeanScore(meanScore);
		}

		Double shareBelowThreshold = (Double)attributes.get(
			"shareBelowThreshold");

		if (shareBelowThreshold != null) {
			setShareBelowThreshold(shareBelowThreshold);
		}
	}

	@Override
	public AssessmentResult cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the assessment result ID of this assessment result.
	 *
	 * @return the assessment result ID of this assessment result
	 */
	@Override
	public long getAssessmentResultId() {
		return model.getAssessmentResultId();
	}

	/**
	 * Returns the assessment type of this assessment result.
	 *
	 * @return the assessment type of this assessment result
	 */
	@Override
	public String getAssessmentType() {
		return model.getAssessmentType();
	}

	/**
	 * Returns the assessment year of this assessment result.
	 *
	 * @return the assessment year of this assessment result
	 */
	@Override
	public int getAssessmentYear() {
		return model.getAssessmentYear();
	}

	/**
	 * Returns the company ID of this assessment result.
	 *
	 * @return the company ID of this assessment result
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this assessment result.
	 *
	 * @return the create date of this assessment result
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the grade of this assessment result.
	 *
	 * @return the grade of this assessment result
	 */
	@Override
	public int getGrade() {
		return model.getGrade();
	}

	/**
	 * Returns the group ID of this assessment result.
	 *
	 * @return the group ID of this assessment result
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the marks2 of this assessment result.
	 *
	 * @return the marks2 of this assessment result
	 */
	@Override
	public int getMarks2() {
		return model.getMarks2();
	}

	/**
	 * Returns the marks3 of this assessment result.
	 *
	 * @return the marks3 of this assessment result
	 */
	@Override
	public int getMarks3() {
		return model.getMarks3();
	}

	/**
	 * Returns the marks4 of this assessment result.
	 *
	 * @return the marks4 of this assessment result
	 */
	@Override
	public int getMarks4() {
		return model.getMarks4();
	}

	/**
	 * Returns the marks5 of this assessment result.
	 *
	 * @return the marks5 of this assessment result
	 */
	@Override
	public int getMarks5() {
		return model.getMarks5();
	}

	/**
	 * Returns the marks given of this assessment result.
	 *
	 * @return the marks given of this assessment result
	 */
	@Override
	public boolean getMarksGiven() {
		return model.getMarksGiven();
	}

	/**
	 * Returns the mean score of this assessment result.
	 *
	 * @return the mean score of this assessment result
	 */
	@Override
	public double getMeanScore() {
		return model.getMeanScore();
	}

	/**
	 * Returns the modified date of this assessment result.
	 *
	 * @return the modified date of this assessment result
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this assessment result.
	 *
	 * @return the mvcc version of this assessment result
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the participants of this assessment result.
	 *
	 * @return the participants of this assessment result
	 */
	@Override
	public int getParticipants() {
		return model.getParticipants();
	}

	/**
	 * Returns the primary key of this assessment result.
	 *
	 * @return the primary key of this assessment result
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the school ID of this assessment result.
	 *
	 * @return the school ID of this assessment result
	 */
	@Override
	public long getSchoolId() {
		return model.getSchoolId();
	}

	/**
	 * Returns the share below threshold of this assessment result.
	 *
	 * @return the share below threshold of this assessment result
	 */
	@Override
	public double getShareBelowThreshold() {
		return model.getShareBelowThreshold();
	}

	/**
	 * Returns the subject of this assessment result.
	 *
	 * @return the subject of this assessment result
	 */
	@Override
	public String getSubject() {
		return model.getSubject();
	}

	/**
	 * Returns the user ID of this assessment result.
	 *
	 * @return the user ID of this assessment result
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this assessment result.
	 *
	 * @return the user name of this assessment result
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this assessment result.
	 *
	 * @return the user uuid of this assessment result
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns <code>true</code> if this assessment result is marks given.
	 *
	 * @return <code>true</code> if this assessment result is marks given; <code>false</code> otherwise
	 */
	@Override
	public boolean isMarksGiven() {
		return model.isMarksGiven();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the assessment result ID of this assessment result.
	 *
	 * @param assessmentResultId the assessment result ID of this assessment result
	 */
	@Override
	public void setAssessmentResultId(long assessmentResultId) {
		model.setAssessmentResultId(assessmentResultId);
	}

	/**
	 * Sets the assessment type of this assessment result.
	 *
	 * @param assessmentType the assessment type of this assessment result
	 */
	@Override
	public void setAssessmentType(String assessmentType) {
		model.setAssessmentType(assessmentType);
	}

	/**
	 * Sets the assessment year of this assessment result.
	 *
	 * @param assessmentYear the assessment year of this assessment result
	 */
	@Override
	public void setAssessmentYear(int assessmentYear) {
		model.setAssessmentYear(assessmentYear);
	}

	/**
	 * Sets the company ID of this assessment result.
	 *
	 * @param companyId the company ID of this assessment result
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this assessment result.
	 *
	 * @param createDate the create date of this assessment result
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the grade of this assessment result.
	 *
	 * @param grade the grade of this assessment result
	 */
	@Override
	public void setGrade(int grade) {
		model.setGrade(grade);
	}

	/**
	 * Sets the group ID of this assessment result.
	 *
	 * @param groupId the group ID of this assessment result
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the marks2 of this assessment result.
	 *
	 * @param marks2 the marks2 of this assessment result
	 */
	@Override
	public void setMarks2(int marks2) {
		model.setMarks2(marks2);
	}

	/**
	 * Sets the marks3 of this assessment result.
	 *
	 * @param marks3 the marks3 of this assessment result
	 */
	@Override
	public void setMarks3(int marks3) {
		model.setMarks3(marks3);
	}

	/**
	 * Sets the marks4 of this assessment result.
	 *
	 * @param marks4 the marks4 of this assessment result
	 */
	@Override
	public void setMarks4(int marks4) {
		model.setMarks4(marks4);
	}

	/**
	 * Sets the marks5 of this assessment result.
	 *
	 * @param marks5 the marks5 of this assessment result
	 */
	@Override
	public void setMarks5(int marks5) {
		model.setMarks5(marks5);
	}

	/**
	 * Sets whether this assessment result is marks given.
	 *
	 * @param marksGiven the marks given of this assessment result
	 */
	@Override
	public void setMarksGiven(boolean marksGiven) {
		model.setMarksGiven(marksGiven);
	}

	/**
	 * Sets the mean score of this assessment result.
	 *
	 * @param meanScore the mean score of this assessment result
	 */
	@Override
	public void setMeanScore(double meanScore) {
		model.setMeanScore(meanScore);
	}

	/**
	 * Sets the modified date of this assessment result.
	 *
	 * @param modifiedDate the modified date of this assessment result
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this assessment result.
	 *
	 * @param mvccVersion the mvcc version of this assessment result
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the participants of this assessment result.
	 *
	 * @param participants the participants of this assessment result
	 */
	@Override
	public void setParticipants(int participants) {
		model.setParticipants(participants);
	}

	/**
	 * Sets the primary key of this assessment result.
	 *
	 * @param primaryKey the primary key of this assessment result
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the school ID of this assessment result.
	 *
	 * @param schoolId the school ID of this assessment result
	 */
	@Override
	public void setSchoolId(long schoolId) {
		model.setSchoolId(schoolId);
	}

	/**
	 * Sets the share below threshold of this assessment result.
	 *
	 * @param shareBelowThreshold the share below threshold of this assessment result
	 */
	@Override
	public void setShareBelowThreshold(double shareBelowThreshold) {
		model.setShareBelowThreshold(shareBelowThreshold);
	}

	/**
	 * Sets the subject of this assessment result.
	 *
	 * @param subject the subject of this assessment result
	 */
	@Override
	public void setSubject(String subject) {
		model.setSubject(subject);
	}

	/**
	 * Sets the user ID of this assessment result.
	 *
	 * @param userId the user ID of this assessment result
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this assessment result.
	 *
	 * @param userName the user name of this assessment result
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this assessment result.
	 *
	 * @param userUuid the user uuid of this assessment result
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * The stored result as the domain core sees it.
	 */
	@Override
	public ru.opora.domain.school.ResultFigures toResultFigures() {
		return model.toResultFigures();
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected AssessmentResultWrapper wrap(AssessmentResult assessmentResult) {
		return new AssessmentResultWrapper(assessmentResult);
	}

}