package ru.opora.riskprofile.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.List;

import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import ru.opora.domain.risk.dictionary.Question;
import ru.opora.riskprofile.web.internal.util.FormValues;
import ru.opora.riskprofile.web.internal.util.RiskServices;

/**
 * A questionnaire: for a staff member of a school (director or teacher) or
 * for the holder of a response code (pupil or parent, anonymous). Without a
 * code or school yet, the screen asks for the code.
 */
public class QuestionnaireDisplayContext extends BaseRiskDisplayContext {

	public QuestionnaireDisplayContext(
			PortletRequest portletRequest, PortletResponse portletResponse, RiskServices riskServices)
		throws PortalException {

		super(portletRequest, portletResponse, riskServices);

		_responseCode = ParamUtil.getString(portletRequest, "responseCode");
		_schoolId = ParamUtil.getLong(portletRequest, "schoolId");
		_respondentGroup = ParamUtil.getString(portletRequest, "respondentGroup", "TEACHER");

		if (Validator.isNotNull(_responseCode)) {
			_questions = riskServices.getRiskSurveyResponseService().getCodeQuestionnaire(_responseCode);
		}
		else if (_schoolId > 0) {
			_questions = riskServices.getRiskSurveyResponseService().getStaffQuestionnaire(
				_schoolId, getYear(), _respondentGroup);
		}
		else {
			_questions = List.of();
		}
	}

	public String getAnswerName(Question question) {
		return FormValues.ANSWER_PREFIX + question.code();
	}

	/** The answer typed before a rejected submission, else blank. */
	public String getAnswer(Question question) {
		return ParamUtil.getString(portletRequest, getAnswerName(question));
	}

	/** Where to go after the answers are saved: back to the school for staff, else home. */
	public String getRedirect(String homeURL) {
		return ParamUtil.getString(portletRequest, "redirect", homeURL);
	}

	public List<Question> getQuestions() {
		return _questions;
	}

	public String getRespondentGroup() {
		return _respondentGroup;
	}

	public String getResponseCode() {
		return _responseCode;
	}

	public long getSchoolId() {
		return _schoolId;
	}

	public String getText(Question question) {
		return question.text(isRussian());
	}

	public boolean isAskCode() {
		return Validator.isNull(_responseCode) && (_schoolId <= 0);
	}

	public boolean isYesNo(Question question) {
		return (question.min() == 0) && (question.max() == 1);
	}

	private final List<Question> _questions;
	private final String _respondentGroup;
	private final String _responseCode;
	private final long _schoolId;

}
