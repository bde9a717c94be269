package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.Portal;

import java.time.Year;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;

import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The add/update assessment result form of one school. Saving a result of
 * an assessment, year, grade and subject that exists replaces it.
 *
 * @author Opora
 */
public class EditAssessmentResultDisplayContext extends BaseFormDisplayContext {

	public EditAssessmentResultDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, School school, AssessmentResult assessmentResult) {

		super(renderRequest, renderResponse, portal);

		_school = school;
		_assessmentResult = assessmentResult;
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT
		).buildString();
	}

	public List<SelectOption> getAssessmentOptions() {
		return labels.assessmentOptions(getValue("assessment"));
	}

	public School getSchool() {
		return _school;
	}

	public String getTitle() {
		return translator.format(
			(_assessmentResult == null) ? "opora-add-result-of-x" :
				"opora-edit-result-of-x",
			new Object[] {_school.getName()});
	}

	@Override
	protected Map<String, String> storedValues() {
		Map<String, String> values = new HashMap<>();

		if (_assessmentResult == null) {
			values.put("assessment", AssessmentType.VPR.code());
			values.put("year", String.valueOf(Year.now().getValue()));

			return values;
		}

		ResultFigures resultFigures = _assessmentResult.toResultFigures();

		values.put(
			"assessment",
			(resultFigures.assessment() == null) ? "" :
				resultFigures.assessment().code());
		values.put("grade", String.valueOf(resultFigures.grade()));
		values.put("marks2", text(resultFigures.marks2()));
		values.put("marks3", text(resultFigures.marks3()));
		values.put("marks4", text(resultFigures.marks4()));
		values.put("marks5", text(resultFigures.marks5()));
		values.put("meanScore", text(resultFigures.meanScore()));
		values.put("participants", String.valueOf(resultFigures.participants()));
		values.put(
			"shareBelowThreshold", text(resultFigures.shareBelowThreshold()));
		values.put(
			"subject",
			(resultFigures.subject() == null) ? "" : resultFigures.subject());
		values.put("year", String.valueOf(resultFigures.year()));

		return values;
	}

	private final AssessmentResult _assessmentResult;
	private final School _school;

}
