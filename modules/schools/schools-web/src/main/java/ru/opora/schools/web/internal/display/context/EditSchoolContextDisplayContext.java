package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.Portal;

import java.time.Year;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.school.ContextFigures;

import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The add/update context form of one school and year. Saving the context of
 * a year that exists replaces it.
 *
 * @author Opora
 */
public class EditSchoolContextDisplayContext extends BaseFormDisplayContext {

	public EditSchoolContextDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, School school, SchoolContext schoolContext) {

		super(renderRequest, renderResponse, portal);

		_school = school;
		_schoolContext = schoolContext;
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT
		).buildString();
	}

	public School getSchool() {
		return _school;
	}

	public String getTitle() {
		return translator.format(
			(_schoolContext == null) ? "opora-add-context-of-x" :
				"opora-edit-context-of-x",
			new Object[] {_school.getName()});
	}

	@Override
	protected Map<String, String> storedValues() {
		Map<String, String> values = new HashMap<>();

		if (_schoolContext == null) {
			values.put("year", String.valueOf(Year.now().getValue()));
			values.put("pupilsCount", "0");
			values.put("teacherVacancies", "0");

			return values;
		}

		ContextFigures contextFigures = _schoolContext.toContextFigures();

		values.put(
			"hasGrowthPointCentre",
			String.valueOf(contextFigures.hasGrowthPointCentre()));
		values.put(
			"hasHighSpeedInternet",
			String.valueOf(contextFigures.hasHighSpeedInternet()));
		values.put(
			"needsMajorRepair",
			String.valueOf(contextFigures.needsMajorRepair()));
		values.put("pupilsCount", String.valueOf(contextFigures.pupilsCount()));
		values.put(
			"shareBothParentsHigherEducation",
			text(contextFigures.shareBothParentsHigherEducation()));
		values.put(
			"shareDeviantRegistered",
			text(contextFigures.shareDeviantRegistered()));
		values.put("shareLowIncome", text(contextFigures.shareLowIncome()));
		values.put(
			"shareNonNativeRussian", text(contextFigures.shareNonNativeRussian()));
		values.put(
			"shareParentHigherEducation",
			text(contextFigures.shareParentHigherEducation()));
		values.put(
			"shareSingleParent", text(contextFigures.shareSingleParent()));
		values.put(
			"shareTeachersAged65Plus",
			text(contextFigures.shareTeachersAged65Plus()));
		values.put(
			"shareTeachersDoubleLoad",
			text(contextFigures.shareTeachersDoubleLoad()));
		values.put(
			"teacherVacancies", String.valueOf(contextFigures.teacherVacancies()));
		values.put("year", String.valueOf(contextFigures.year()));

		return values;
	}

	private final School _school;
	private final SchoolContext _schoolContext;

}
