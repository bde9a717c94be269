package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.testing.portlet.PortletRequests;

/** The what-if: edited thresholds are validated field by field, then compared with the current ones. */
class IdentificationRulesDisplayContextTest {

	@BeforeEach
	void setUp() {
		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "]"
		);
		_languageUtil.when(
			() -> LanguageUtil.format(any(HttpServletRequest.class), anyString(), any(Object[].class), anyBoolean())
		).thenAnswer(
			invocation -> "[" + invocation.getArgument(1) + "|" +
				Arrays.stream((Object[])invocation.getArgument(2)).map(String::valueOf).collect(
					Collectors.joining("|")) + "]"
		);

		when(_portal.getHttpServletRequest(any(PortletRequest.class))).thenReturn(mock(HttpServletRequest.class));
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
	}

	@Test
	void withoutTheFormTheCurrentRulesAreShownAndNothingIsCompared() {
		IdentificationRulesDisplayContext displayContext = _displayContext(_request(Map.of(), false));

		assertFalse(displayContext.isSubmitted());
		assertEquals(IdentificationRules.defaults(), displayContext.getEditedRules());
		assertTrue(displayContext.getChangeRows().isEmpty());

		IdentificationRulesDisplayContext.RuleRow failurePassRate = _row(displayContext, "failurePassRate");

		assertEquals("90", failurePassRate.getValue());
		assertEquals("[opora-rules-failure-pass-rate]", failurePassRate.getLabel());
		assertEquals("[opora-current-value-x|90]", failurePassRate.getHint());

		IdentificationRulesDisplayContext.RuleRow weight = _row(displayContext, "wellBeingWeight_SINGLE_PARENT");

		assertEquals("[opora-rules-well-being-weight-x|[opora-share-single-parent]]", weight.getLabel());
		assertEquals("1", weight.getValue());

		// Sections follow the groups the thresholds decide

		assertEquals(
			List.of(
				"[opora-rules-every-result]", "[opora-group-low-results]", "[opora-group-unfavourable-conditions]",
				"[opora-group-risk-zone]", "[opora-group-failure-prevention]", "[opora-group-high-results]"),
			new ArrayList<>(displayContext.getSections().keySet()));
	}

	@Test
	void theCurrentValuesChangeNothing() {
		IdentificationRulesDisplayContext displayContext = _displayContext(_request(Map.of(), true));

		assertTrue(displayContext.isSubmitted());
		assertFalse(displayContext.hasErrors(), displayContext.getFieldErrors().toString());
		assertEquals(IdentificationRules.defaults(), displayContext.getEditedRules());
		assertTrue(displayContext.getChangeRows().isEmpty());
		assertEquals(2, displayContext.getSchoolsCount());
	}

	@Test
	void aHigherQualityThresholdMovesTheStrongSchoolOutOfHighResults() {
		IdentificationRulesDisplayContext displayContext = _displayContext(
			_request(Map.of("highQualityRate", "85,5"), true));

		assertFalse(displayContext.hasErrors(), displayContext.getFieldErrors().toString());
		assertEquals(85.5, displayContext.getEditedRules().highQualityRate(), 1e-9);

		List<IdentificationRulesDisplayContext.ChangeRow> changeRows = displayContext.getChangeRows();

		assertEquals(1, changeRows.size());

		IdentificationRulesDisplayContext.ChangeRow changeRow = changeRows.get(0);

		assertEquals(2, changeRow.getSchoolId());
		assertEquals("Гимназия № 2", changeRow.getSchoolName());
		assertEquals(2024, changeRow.getYear());
		assertTrue(_groups(changeRow.getOldGroups()).contains(Group.HIGH_RESULTS));
		assertFalse(_groups(changeRow.getNewGroups()).contains(Group.HIGH_RESULTS));
		assertEquals("[opora-group-high-results]", changeRow.getOldGroups().get(0).getLabel());
		assertEquals(1, displayContext.getChangedSchoolsCount());

		// The entered value stays in the form

		assertEquals("85,5", _row(displayContext, "highQualityRate").getValue());
	}

	@Test
	void invalidValuesAreReportedFieldByFieldAndNothingIsCompared() {
		Map<String, String> values = new HashMap<>();

		values.put("failurePassRate", "150");
		values.put("minParticipants", "много");
		values.put("riskPassRateDropPoints", "0");
		values.put("wellBeingWeight_SINGLE_PARENT", "-1");
		values.put("lowShareResultsCount", "");

		IdentificationRulesDisplayContext displayContext = _displayContext(_request(values, true));

		assertTrue(displayContext.hasErrors());
		assertNull(displayContext.getEditedRules());
		assertTrue(displayContext.getChangeRows().isEmpty());

		Map<String, String> messages = new HashMap<>();

		for (FieldError fieldError : displayContext.getFieldErrors()) {
			messages.merge(fieldError.getField(), fieldError.getMessage(), (a, b) -> a + " " + b);
		}

		assertEquals("[opora-error-out-of-range|0|100]", messages.get("failurePassRate"));
		assertEquals("[opora-error-not-a-whole-number|]", messages.get("minParticipants"));
		assertEquals("[opora-error-positive|]", messages.get("riskPassRateDropPoints"));
		assertEquals("[opora-error-not-negative|]", messages.get("wellBeingWeight_SINGLE_PARENT"));
		assertEquals("[opora-error-required|]", messages.get("lowShareResultsCount"));
		assertEquals(
			Set.of(
				"failurePassRate", "minParticipants", "riskPassRateDropPoints", "wellBeingWeight_SINGLE_PARENT",
				"lowShareResultsCount"),
			messages.keySet());

		IdentificationRulesDisplayContext.RuleRow failurePassRate = _row(displayContext, "failurePassRate");

		assertEquals("has-error", failurePassRate.getWrapperCssClass());
		assertEquals("150", failurePassRate.getValue());
		assertEquals("", _row(displayContext, "highQualityRate").getWrapperCssClass());

		for (FieldError fieldError : displayContext.getFieldErrors()) {
			assertTrue(fieldError.getLabel().startsWith("[opora-rules-"), fieldError.getLabel());
		}
	}

	@Test
	void everyFieldHasAParameterOfItsOwn() {
		Set<String> names = new TreeSet<>();

		for (RuleField ruleField : RuleField.all()) {
			assertTrue(names.add(ruleField.getParameterName()), ruleField.getParameterName());
			assertTrue(ruleField.getParameterName().matches("[A-Za-z_]+"), ruleField.getParameterName());
		}

		assertEquals(30, names.size());
	}

	private static List<Group> _groups(List<GroupBadge> groupBadges) {
		List<Group> groups = new ArrayList<>();

		for (GroupBadge groupBadge : groupBadges) {
			groups.add(groupBadge.getGroup());
		}

		return groups;
	}

	private static IdentificationRulesDisplayContext.RuleRow _row(
		IdentificationRulesDisplayContext displayContext, String parameterName) {

		for (List<IdentificationRulesDisplayContext.RuleRow> rows : displayContext.getSections().values()) {
			for (IdentificationRulesDisplayContext.RuleRow row : rows) {
				if (row.getParameterName().equals(parameterName)) {
					return row;
				}
			}
		}

		throw new AssertionError(parameterName);
	}

	private static School _school(long schoolId, String name) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getName()).thenReturn(name);
		when(school.toSchoolData()).thenReturn(
			new SchoolData(
				schoolId, name, null, null, SettlementType.RURAL, SchoolLevel.SECONDARY, false, 0, null, null, null,
				null, "login" + schoolId, SchoolStatus.ACTIVE));

		return school;
	}

	private static List<AssessmentResult> _results(ResultFigures... figures) {
		List<AssessmentResult> results = new ArrayList<>();

		for (ResultFigures resultFigures : figures) {
			AssessmentResult assessmentResult = mock(AssessmentResult.class);

			when(assessmentResult.toResultFigures()).thenReturn(resultFigures);
			results.add(assessmentResult);
		}

		return results;
	}

	private IdentificationRulesDisplayContext _displayContext(RenderRequest renderRequest) {

		// Quality rates 80% and 76%: high results with the default 50%, not with 85.5%

		SiteSchools siteSchools = new SiteSchools(
			List.of(_school(1, "ООШ д. Ивановка"), _school(2, "Гимназия № 2")),
			Map.of(
				1L,
				_results(
					new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 1, 9, 8, 2, null, null),
					new ResultFigures(AssessmentType.VPR, 2024, 6, "Русский язык", 20, 1, 10, 7, 2, null, null)),
				2L,
				_results(
					new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 25, 0, 5, 12, 8, null, null),
					new ResultFigures(AssessmentType.VPR, 2024, 6, "Русский язык", 25, 0, 6, 12, 7, null, null))),
			Map.of());

		return new IdentificationRulesDisplayContext(renderRequest, _renderResponse, _portal, siteSchools);
	}

	/** A request with every field at its current value, except the given ones. */
	private RenderRequest _request(Map<String, String> values, boolean submitted) {
		List<String> parameters = new ArrayList<>();

		if (submitted) {
			IdentificationRules rules = IdentificationRules.defaults();

			for (RuleField ruleField : RuleField.all()) {
				Object value = ruleField.valueOf(rules);

				parameters.add(ruleField.getParameterName());
				parameters.add(values.getOrDefault(ruleField.getParameterName(), String.valueOf(value)));
			}

			parameters.add(IdentificationRulesDisplayContext.PARAMETER_WHAT_IF);
			parameters.add("true");
		}

		RenderRequest renderRequest = PortletRequests.renderRequest(parameters.toArray(new String[0]));

		when(PortletRequests.themeDisplay(renderRequest).getLocale()).thenReturn(new Locale("ru"));

		return renderRequest;
	}

	private MockedStatic<LanguageUtil> _languageUtil;
	private final Portal _portal = mock(Portal.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);

}
