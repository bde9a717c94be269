package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.identification.Reason;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.identification.WellBeingIndex;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;

import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The school card: the school's fields, its results over the years as a
 * table and a chart, its context by year, and its group history with the
 * reasons.
 *
 * @author Opora
 */
public class ViewSchoolDisplayContext extends BaseSchoolsDisplayContext {

	public ViewSchoolDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, School school, SiteSchools siteSchools,
		ModelResourcePermission<School> schoolModelResourcePermission) {

		super(renderRequest, renderResponse, portal);

		_school = school;
		_siteSchools = siteSchools;
		_schoolModelResourcePermission = schoolModelResourcePermission;
		_schoolData = school.toSchoolData();
	}

	public String getAddAssessmentResultURL() {
		return _formURL(SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT, null, 0);
	}

	public String getAddSchoolContextURL() {
		return _formURL(SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT, null, 0);
	}

	public String getBackURL() {
		String redirect = ParamUtil.getString(renderRequest, "redirect");

		if (!redirect.isEmpty()) {
			return redirect;
		}

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	public String getBranchOfName() {
		if (_schoolData.branchOfSchoolId() == 0) {
			return Figures.UNKNOWN;
		}

		return _siteSchools.getSchool(
			_schoolData.branchOfSchoolId()
		).map(
			School::getName
		).orElse(
			Figures.UNKNOWN
		);
	}

	/** The tooltip of a bar: year, figure and value. */
	public String getBarTitle(ResultChart.Bar bar) {
		return translator.format(
			"opora-chart-bar-x-x-x",
			new Object[] {
				String.valueOf(bar.getYear()),
				translator.get("opora-" + bar.getKind()),
				figures.formatPercent(bar.getValue())
			});
	}

	public ResultChart getChart() {
		return new ResultChart(
			KeyFigures.byYear(
				_siteSchools.getResultFigures(_school.getSchoolId())));
	}

	/** The group history, latest year first. */
	public List<SchoolClassification> getClassifications() {
		List<SchoolClassification> classifications = new ArrayList<>(
			_siteSchools.getHistory(
			).classifications(
				_school.getSchoolId()
			));

		Collections.reverse(classifications);

		return classifications;
	}

	public ContextFigures getContextFigures(SchoolContext schoolContext) {
		return schoolContext.toContextFigures();
	}

	/** The context figures, latest year first. */
	public List<SchoolContext> getContexts() {
		List<SchoolContext> contexts = new ArrayList<>(
			_siteSchools.getContexts(_school.getSchoolId()));

		contexts.sort(
			Comparator.comparingInt(SchoolContext::getContextYear).reversed());

		return contexts;
	}

	public String getDeleteSchoolURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_DELETE_SCHOOL
		).setRedirect(
			PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				SchoolsWebKeys.MVC_VIEW_SCHOOLS
			).buildString()
		).setParameter(
			"schoolId", _school.getSchoolId()
		).buildString();
	}

	public String getDistanceToCentreKm() {
		return figures.format(_schoolData.distanceToCentreKm());
	}

	public String getEditAssessmentResultURL(
		AssessmentResult assessmentResult) {

		return _formURL(
			SchoolsWebKeys.MVC_EDIT_ASSESSMENT_RESULT, "assessmentResultId",
			assessmentResult.getAssessmentResultId());
	}

	public String getEditSchoolContextURL(SchoolContext schoolContext) {
		return _formURL(
			SchoolsWebKeys.MVC_EDIT_SCHOOL_CONTEXT, "schoolContextId",
			schoolContext.getSchoolContextId());
	}

	public String getEditSchoolURL() {
		return _formURL(SchoolsWebKeys.MVC_EDIT_SCHOOL, null, 0);
	}

	public List<GroupBadge> getGroupBadges(
		SchoolClassification schoolClassification) {

		return labels.groupBadges(schoolClassification.groups());
	}

	/** Yearly averages behind the chart, latest year first. */
	public List<KeyFigures> getKeyFigures() {
		List<KeyFigures> keyFigures = new ArrayList<>(
			KeyFigures.byYear(
				_siteSchools.getResultFigures(_school.getSchoolId())
			).values());

		Collections.reverse(keyFigures);

		return keyFigures;
	}

	public String getLevelLabel() {
		return labels.level(_schoolData.level());
	}

	/** "n2 / n3 / n4 / n5", or a dash without marks. */
	public String getMarks(ResultFigures resultFigures) {
		if (!resultFigures.hasMarks()) {
			return Figures.UNKNOWN;
		}

		return resultFigures.marks2() + " / " + resultFigures.marks3() + " / " +
			resultFigures.marks4() + " / " + resultFigures.marks5();
	}

	/** The localised reasons of a year: the groups' reasons, then the notes. */
	public List<String> getReasonMessages(
		SchoolClassification schoolClassification) {

		List<String> messages = new ArrayList<>();

		for (Reason reason : schoolClassification.reasons()) {
			messages.add(
				translator.format(
					reason.messageKey(),
					messageArguments.localize(reason.arguments())));
		}

		return messages;
	}

	public ResultFigures getResultFigures(AssessmentResult assessmentResult) {
		return assessmentResult.toResultFigures();
	}

	/** Results, latest year first, then by assessment, grade and subject. */
	public List<AssessmentResult> getResults() {
		List<AssessmentResult> results = new ArrayList<>(
			_siteSchools.getResults(_school.getSchoolId()));

		results.sort(
			Comparator.comparingInt(
				AssessmentResult::getAssessmentYear
			).reversed(
			).thenComparing(
				AssessmentResult::getAssessmentType
			).thenComparingInt(
				AssessmentResult::getGrade
			).thenComparing(
				AssessmentResult::getSubject
			));

		return results;
	}

	public School getSchool() {
		return _school;
	}

	public SchoolData getSchoolData() {
		return _schoolData;
	}

	public String getSettlementLabel() {
		return labels.settlementType(_schoolData.settlementType());
	}

	public String getStatusLabel() {
		return labels.status(_schoolData.status());
	}

	public String getText(String value) {
		return ((value == null) || value.isBlank()) ? Figures.UNKNOWN : value;
	}

	public String getWellBeingIndex(SchoolContext schoolContext) {
		WellBeingIndex wellBeingIndex = WellBeingIndex.calculate(
			schoolContext.toContextFigures(), _siteSchools.getRules());

		return figures.format(wellBeingIndex.value());
	}

	public String getYesNo(boolean value) {
		return translator.get(value ? "opora-yes" : "opora-no");
	}

	public boolean isShowDeleteButton() throws PortalException {
		return _schoolModelResourcePermission.contains(
			themeDisplay.getPermissionChecker(), _school, ActionKeys.DELETE);
	}

	public boolean isShowEditButtons() throws PortalException {
		return _schoolModelResourcePermission.contains(
			themeDisplay.getPermissionChecker(), _school, ActionKeys.UPDATE);
	}

	public Optional<SchoolClassification> getLatestClassification() {
		return _siteSchools.getLatestClassification(_school.getSchoolId());
	}

	private String _formURL(
		String mvcRenderCommandName, String idName, long id) {

		PortletURLBuilder.AfterParameterStep step = PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setRedirect(
			portal.getCurrentURL(renderRequest)
		).setParameter(
			"schoolId", _school.getSchoolId()
		);

		if (idName != null) {
			step = step.setParameter(idName, id);
		}

		return step.buildString();
	}

	private final School _school;
	private final SchoolData _schoolData;
	private final ModelResourcePermission<School> _schoolModelResourcePermission;
	private final SiteSchools _siteSchools;

}
