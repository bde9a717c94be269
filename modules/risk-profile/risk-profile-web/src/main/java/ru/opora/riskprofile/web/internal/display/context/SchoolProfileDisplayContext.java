package ru.opora.riskprofile.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Indicator;
import ru.opora.domain.risk.dictionary.RiskFactor;
import ru.opora.domain.risk.profile.IndicatorValue;
import ru.opora.domain.risk.profile.LevelChange;
import ru.opora.domain.risk.profile.PrioritySelection;
import ru.opora.domain.risk.profile.SurveyProgress;
import ru.opora.domain.risk.review.DocumentType;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskFactorLevel;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.model.RiskVerification;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.util.RiskText;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.riskprofile.web.internal.constants.RiskProfileWebKeys;
import ru.opora.riskprofile.web.internal.util.RiskServices;
import ru.opora.schools.model.School;

/**
 * A school's profile for a year: each factor's level with the indicator
 * values behind it and a bar, last year's level and the change, priorities,
 * the curator's verification history; the survey's progress per group; the
 * school's documents.
 */
public class SchoolProfileDisplayContext extends BaseRiskDisplayContext {

	public SchoolProfileDisplayContext(
			PortletRequest portletRequest, PortletResponse portletResponse, RiskServices riskServices)
		throws PortalException {

		super(portletRequest, portletResponse, riskServices);

		_schoolId = ParamUtil.getLong(portletRequest, "schoolId");
		_school = riskServices.getSchoolService().getSchool(_schoolId);

		RiskProfileService riskProfileService = riskServices.getRiskProfileService();

		_canUpdate = riskProfileService.hasSchoolPermission(_schoolId, RiskProfileActionKeys.UPDATE);
		_canReview = riskProfileService.hasSchoolPermission(_schoolId, RiskProfileActionKeys.REVIEW);
		_profile = riskProfileService.fetchSchoolProfile(_schoolId, getYear());
		_previous = riskProfileService.fetchSchoolProfile(_schoolId, getYear() - 1);
	}

	public boolean canReview() {
		return _canReview && (_profile != null);
	}

	public boolean canUpdate() {
		return _canUpdate;
	}

	public List<RiskDocument> getDocuments() throws PortalException {
		return riskServices.getRiskDocumentService().getSchoolDocuments(_schoolId, getYear());
	}

	public String[] getDocumentTypes() {
		return Arrays.stream(DocumentType.values()).map(Enum::name).toArray(String[]::new);
	}

	public List<FactorRow> getFactorRows() throws PortalException {
		List<FactorRow> rows = new ArrayList<>();

		if (_profile == null) {
			return rows;
		}

		RiskProfileService riskProfileService = riskServices.getRiskProfileService();
		FactorDictionary dictionary = riskProfileService.getProfileDictionary(_profile.getRiskProfileId());

		Map<String, RiskLevel> previousLevels = new LinkedHashMap<>();

		if (_previous != null) {
			previousLevels = riskProfileService.getEffectiveLevels(_previous.getRiskProfileId());
		}

		List<String> priorities = getPriorities();
		List<RiskFactorLevel> factorLevels = riskProfileService.getFactorLevels(_profile.getRiskProfileId());
		boolean lowEligible = _isLowEligible(factorLevels);

		for (RiskFactorLevel row : factorLevels) {
			RiskFactor factor = dictionary.factor(row.getFactorCode()).orElse(null);

			if (factor == null) {
				continue;
			}

			List<String[]> indicators = new ArrayList<>();
			double worst = 0;

			for (IndicatorValue value : RiskText.decodeIndicatorValues(row.getIndicatorValues())) {
				Indicator indicator = _indicator(factor, value.indicatorCode());

				if (value.value() != null) {
					worst = Math.max(worst, value.value());
				}

				indicators.add(
					new String[] {
						(indicator == null) ? value.indicatorCode() : indicator.name(isRussian()),
						label("opora-risk-group-" + value.group()),
						(value.value() == null) ? "—" : String.valueOf(value.value()),
						value.respondents() + " / " + value.requiredRespondents(),
						levelLabel((value.level() == null) ? "" : value.level().name())
					});
			}

			RiskLevel level = RiskLevel.parse(row.getLevel()).orElse(null);
			RiskLevel previousLevel = previousLevels.get(row.getFactorCode());
			LevelChange change = LevelChange.of(
				previousLevel, level, (_previous != null) && previousLevels.containsKey(row.getFactorCode()));

			rows.add(
				new FactorRow(
					row.getFactorCode(), factor.name(isRussian()), row.getLevel(), row.getComputedState(),
					(previousLevel == null) ? "" : previousLevel.name(), change.name(),
					(level == null) ? 0 : (int)Math.round(worst), indicators, priorities.contains(row.getFactorCode()),
					_isEligible(level, lowEligible)));
		}

		return rows;
	}

	public int getMaxPriorities() throws PortalException {
		return riskServices.getOporaFeatureService().getMaxPriorityFactors(_school.getGroupId());
	}

	public List<String> getPriorities() {
		if (_profile == null) {
			return List.of();
		}

		return Arrays.asList(com.liferay.portal.kernel.util.StringUtil.split(_profile.getPriorities()));
	}

	public RiskProfile getProfile() {
		return _profile;
	}

	/** Group, answered, required, complete: one row per respondent group. */
	public List<String[]> getProgressRows() throws PortalException {
		SurveyProgress progress = riskServices.getRiskSurveyResponseService().getSchoolProgress(_schoolId, getYear());
		List<String[]> rows = new ArrayList<>();

		for (RespondentGroup group : RespondentGroup.values()) {
			rows.add(
				new String[] {
					group.name(), label("opora-risk-group-" + group.name()), String.valueOf(progress.answered(group)),
					String.valueOf(progress.required(group)), String.valueOf(progress.isComplete(group))
				});
		}

		return rows;
	}

	/** The anonymous codes the school issued and which are answered (school team only). */
	public List<RiskSurveyResponse> getResponseCodes() throws PortalException {
		List<RiskSurveyResponse> codes = new ArrayList<>();

		if (!_canUpdate) {
			return codes;
		}

		for (RiskSurveyResponse response :
				riskServices.getRiskSurveyResponseService().getSchoolResponses(_schoolId, getYear())) {

			if (!response.getResponseCode().isEmpty()) {
				codes.add(response);
			}
		}

		return codes;
	}

	/** The report of the import just done, if any: imported rows and each rejected row in words. */
	public SurveyImportReport getImportReport() {
		return (SurveyImportReport)SessionMessages.get(portletRequest, RiskProfileWebKeys.IMPORT_REPORT);
	}

	public School getSchool() {
		return _school;
	}

	public long getSchoolId() {
		return _schoolId;
	}

	public List<RiskVerification> getVerifications() throws PortalException {
		if (_profile == null) {
			return List.of();
		}

		return riskServices.getRiskProfileService().getVerifications(_profile.getRiskProfileId());
	}

	public static class FactorRow {

		public FactorRow(
			String code, String name, String level, String computedState, String previousLevel, String change,
			int barWidth, List<String[]> indicators, boolean priority, boolean eligible) {

			_code = code;
			_name = name;
			_level = level;
			_computedState = computedState;
			_previousLevel = previousLevel;
			_change = change;
			_barWidth = barWidth;
			_indicators = indicators;
			_priority = priority;
			_eligible = eligible;
		}

		/** The worst indicator value, 0..100: the bar's width in per cent. */
		public int getBarWidth() {
			return _barWidth;
		}

		public String getChange() {
			return _change;
		}

		public String getCode() {
			return _code;
		}

		public String getComputedState() {
			return _computedState;
		}

		/** Name, group, value, respondents, level of each indicator. */
		public List<String[]> getIndicators() {
			return _indicators;
		}

		public String getLevel() {
			return _level;
		}

		public String getName() {
			return _name;
		}

		public String getPreviousLevel() {
			return _previousLevel;
		}

		public boolean isCorrected() {
			return !(_level.isEmpty() ? "NOT_ENOUGH_DATA" : _level).equals(_computedState);
		}

		public boolean isEligible() {
			return _eligible;
		}

		public boolean isPriority() {
			return _priority;
		}

		private final int _barWidth;
		private final String _change;
		private final String _code;
		private final String _computedState;
		private final boolean _eligible;
		private final List<String[]> _indicators;
		private final String _level;
		private final String _name;
		private final String _previousLevel;
		private final boolean _priority;

	}

	/**
	 * Whether the school may choose the factor, as {@code PrioritySelection}
	 * rules: HIGH and MEDIUM always, LOW only while they leave room, never
	 * NONE or not enough data.
	 */
	private static boolean _isEligible(RiskLevel level, boolean lowEligible) {
		if (level == null) {
			return false;
		}

		if (level.isPriorityCandidate()) {
			return true;
		}

		return (level == RiskLevel.LOW) && lowEligible;
	}

	/** Whether the profile has fewer HIGH/MEDIUM factors than the municipality's limit. */
	private boolean _isLowEligible(List<RiskFactorLevel> factorLevels) throws PortalException {
		int max = getMaxPriorities();

		if (max < 1) {
			max = PrioritySelection.DEFAULT_MAX;
		}

		int candidates = 0;

		for (RiskFactorLevel factorLevel : factorLevels) {
			RiskLevel level = RiskLevel.parse(factorLevel.getLevel()).orElse(null);

			if ((level != null) && level.isPriorityCandidate()) {
				candidates++;
			}
		}

		return candidates < max;
	}

	private static Indicator _indicator(RiskFactor factor, String code) {
		for (Indicator indicator : factor.indicators()) {
			if (indicator.code().equals(code)) {
				return indicator;
			}
		}

		return null;
	}

	private final boolean _canReview;
	private final boolean _canUpdate;
	private final RiskProfile _previous;
	private final RiskProfile _profile;
	private final School _school;
	private final long _schoolId;

}
