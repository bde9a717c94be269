package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import ru.opora.domain.identification.IdentificationHistory;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.identification.SchoolInput;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;

import ru.opora.schools.configuration.SchoolsRegionConfiguration;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * The schools of one site with their results and contexts, as the current
 * user may see them through the permission-checked services, and their
 * identification by the domain core with the site's rules. The schools of
 * the site form the municipality the means are taken over.
 *
 * @author Opora
 */
public class SiteSchools {

	/**
	 * The schools a page lists: every municipality's on the region site (Instance
	 * Settings > Opora > Region), else the page's own site's.
	 */
	public static SiteSchools forPage(
			ThemeDisplay themeDisplay,
			ConfigurationProvider configurationProvider,
			Function<Long, String> municipalityNames,
			SchoolService schoolService,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService)
		throws PortalException {

		SchoolsRegionConfiguration schoolsRegionConfiguration =
			configurationProvider.getCompanyConfiguration(
				SchoolsRegionConfiguration.class, themeDisplay.getCompanyId());
		Group scopeGroup = themeDisplay.getScopeGroup();

		if ((scopeGroup != null) &&
			Objects.equals(
				scopeGroup.getFriendlyURL(),
				schoolsRegionConfiguration.regionSiteFriendlyURL())) {

			return RegionSchools.load(
				themeDisplay.getCompanyId(), municipalityNames, schoolService,
				assessmentResultService, schoolContextService);
		}

		return load(
			themeDisplay.getScopeGroupId(), schoolService,
			assessmentResultService, schoolContextService);
	}

	/** A municipality's name is its site's name in the user's language. */
	public static Function<Long, String> municipalityNames(
		GroupLocalService groupLocalService, Locale locale) {

		return groupId -> {
			Group group = groupLocalService.fetchGroup(groupId);

			return (group == null) ? String.valueOf(groupId) :
				group.getName(locale);
		};
	}

	public static SiteSchools load(
			long groupId, SchoolService schoolService,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService)
		throws PortalException {

		return of(
			schoolService.getGroupSchools(groupId), assessmentResultService,
			schoolContextService,
			schoolService.getIdentificationRules(groupId));
	}

	/** The given schools of one municipality with their results and contexts. */
	public static SiteSchools of(
			List<School> schools,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService,
			IdentificationRules rules)
		throws PortalException {

		Map<Long, List<AssessmentResult>> results = new HashMap<>();
		Map<Long, List<SchoolContext>> contexts = new HashMap<>();

		for (School school : schools) {
			results.put(
				school.getSchoolId(),
				assessmentResultService.getSchoolAssessmentResults(
					school.getSchoolId()));
			contexts.put(
				school.getSchoolId(),
				schoolContextService.getSchoolContexts(school.getSchoolId()));
		}

		return new SiteSchools(schools, results, contexts, rules);
	}

	public SiteSchools(
		List<School> schools, Map<Long, List<AssessmentResult>> results,
		Map<Long, List<SchoolContext>> contexts) {

		this(schools, results, contexts, IdentificationRules.defaults());
	}

	public SiteSchools(
		List<School> schools, Map<Long, List<AssessmentResult>> results,
		Map<Long, List<SchoolContext>> contexts, IdentificationRules rules) {

		_schools = Collections.unmodifiableList(new ArrayList<>(schools));
		_results = results;
		_contexts = contexts;
		_rules = rules;
	}

	/** The site's identification rules (Site Settings > Opora, else the defaults). */
	public IdentificationRules getRules() {
		return _rules;
	}

	public List<SchoolContext> getContexts(long schoolId) {
		return _contexts.getOrDefault(schoolId, Collections.emptyList());
	}

	public IdentificationHistory getHistory() {
		if (_history == null) {
			_history = new SchoolIdentifier(
				_rules
			).history(
				getSchoolInputs()
			);
		}

		return _history;
	}

	/** The latest classification of a school, empty without any data. */
	public Optional<SchoolClassification> getLatestClassification(
		long schoolId) {

		List<SchoolClassification> classifications =
			getHistory().classifications(schoolId);

		if (classifications.isEmpty()) {
			return Optional.empty();
		}

		return Optional.of(classifications.get(classifications.size() - 1));
	}

	public List<ResultFigures> getResultFigures(long schoolId) {
		List<ResultFigures> resultFigures = new ArrayList<>();

		for (AssessmentResult assessmentResult : getResults(schoolId)) {
			resultFigures.add(assessmentResult.toResultFigures());
		}

		return resultFigures;
	}

	public List<AssessmentResult> getResults(long schoolId) {
		return _results.getOrDefault(schoolId, Collections.emptyList());
	}

	public Optional<School> getSchool(long schoolId) {
		for (School school : _schools) {
			if (school.getSchoolId() == schoolId) {
				return Optional.of(school);
			}
		}

		return Optional.empty();
	}

	/**
	 * The input of the identification: every school of the site with its
	 * results and contexts (federal and biased-results lists are not stored
	 * yet, so they are empty).
	 */
	public List<SchoolInput> getSchoolInputs() {
		if (_schoolInputs == null) {
			List<SchoolInput> schoolInputs = new ArrayList<>();

			for (School school : _schools) {
				schoolInputs.add(
					SchoolInput.of(
						school.toSchoolData(), Collections.emptyList(),
						Collections.emptyList(),
						getResultFigures(school.getSchoolId()),
						_contextFigures(school.getSchoolId())));
			}

			_schoolInputs = Collections.unmodifiableList(schoolInputs);
		}

		return _schoolInputs;
	}

	/** The name of a school's municipality, shown on the region site. */
	public String getMunicipalityName(long groupId) {
		return "";
	}

	/** Whether these are the schools of every municipality (the region site). */
	public boolean isRegion() {
		return false;
	}

	public List<School> getSchools() {
		return _schools;
	}

	/** One summary per school, in the order of the service. */
	public List<SchoolSummary> getSummaries() {
		List<SchoolSummary> summaries = new ArrayList<>();

		for (School school : _schools) {
			Optional<SchoolClassification> classification =
				getLatestClassification(school.getSchoolId());

			summaries.add(
				new SchoolSummary(
					school, school.toSchoolData(),
					classification.map(
						SchoolClassification::groups
					).orElse(
						Collections.emptySet()
					),
					classification.map(
						SchoolClassification::year
					).orElse(
						null
					),
					classification.map(
						SchoolClassification::wellBeingIndex
					).orElse(
						null
					),
					KeyFigures.latest(getResultFigures(school.getSchoolId()))));
		}

		return summaries;
	}

	private List<ContextFigures> _contextFigures(long schoolId) {
		List<ContextFigures> contextFigures = new ArrayList<>();

		for (SchoolContext schoolContext : getContexts(schoolId)) {
			contextFigures.add(schoolContext.toContextFigures());
		}

		return contextFigures;
	}

	private final Map<Long, List<SchoolContext>> _contexts;
	private IdentificationHistory _history;
	private final Map<Long, List<AssessmentResult>> _results;
	private final IdentificationRules _rules;
	private List<SchoolInput> _schoolInputs;
	private final List<School> _schools;

}
