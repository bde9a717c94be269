package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * The schools of every municipality of the region that the user may view, for
 * the region site. Each municipality is identified on its own: its schools
 * are compared with its own means, by its own rules.
 *
 * @author Opora
 */
public class RegionSchools extends SiteSchools {

	public static RegionSchools load(
			long companyId, Function<Long, String> municipalityNames,
			SchoolService schoolService,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService)
		throws PortalException {

		Map<Long, List<School>> schoolsByGroup = new LinkedHashMap<>();

		for (School school : schoolService.getCompanySchools(companyId)) {
			schoolsByGroup.computeIfAbsent(
				school.getGroupId(), groupId -> new ArrayList<>()
			).add(
				school
			);
		}

		List<SiteSchools> municipalities = new ArrayList<>();

		for (Map.Entry<Long, List<School>> entry : schoolsByGroup.entrySet()) {
			municipalities.add(
				SiteSchools.of(
					entry.getValue(), assessmentResultService,
					schoolContextService,
					schoolService.getIdentificationRules(entry.getKey())));
		}

		return new RegionSchools(municipalities, municipalityNames);
	}

	public RegionSchools(
		List<SiteSchools> municipalities,
		Function<Long, String> municipalityNames) {

		super(
			_schools(municipalities), _results(municipalities),
			_contexts(municipalities), IdentificationRules.defaults());

		_municipalityNames = municipalityNames;
		_municipalities = Collections.unmodifiableList(
			new ArrayList<>(municipalities));

		for (SiteSchools municipality : _municipalities) {
			for (School school : municipality.getSchools()) {
				_municipalityOfSchool.put(school.getSchoolId(), municipality);
			}
		}
	}

	@Override
	public Optional<SchoolClassification> getLatestClassification(
		long schoolId) {

		SiteSchools municipality = _municipalityOfSchool.get(schoolId);

		if (municipality == null) {
			return Optional.empty();
		}

		return municipality.getLatestClassification(schoolId);
	}

	@Override
	public String getMunicipalityName(long groupId) {
		return _municipalityNames.apply(groupId);
	}

	public List<SiteSchools> getMunicipalities() {
		return _municipalities;
	}

	@Override
	public List<SchoolSummary> getSummaries() {
		List<SchoolSummary> summaries = new ArrayList<>();

		for (SiteSchools municipality : _municipalities) {
			summaries.addAll(municipality.getSummaries());
		}

		return summaries;
	}

	@Override
	public boolean isRegion() {
		return true;
	}

	private static Map<Long, List<SchoolContext>> _contexts(
		List<SiteSchools> municipalities) {

		Map<Long, List<SchoolContext>> contexts = new HashMap<>();

		for (SiteSchools municipality : municipalities) {
			for (School school : municipality.getSchools()) {
				contexts.put(
					school.getSchoolId(),
					municipality.getContexts(school.getSchoolId()));
			}
		}

		return contexts;
	}

	private static Map<Long, List<AssessmentResult>> _results(
		List<SiteSchools> municipalities) {

		Map<Long, List<AssessmentResult>> results = new HashMap<>();

		for (SiteSchools municipality : municipalities) {
			for (School school : municipality.getSchools()) {
				results.put(
					school.getSchoolId(),
					municipality.getResults(school.getSchoolId()));
			}
		}

		return results;
	}

	private static List<School> _schools(List<SiteSchools> municipalities) {
		List<School> schools = new ArrayList<>();

		for (SiteSchools municipality : municipalities) {
			schools.addAll(municipality.getSchools());
		}

		return schools;
	}

	private final List<SiteSchools> _municipalities;
	private final Function<Long, String> _municipalityNames;
	private final Map<Long, SiteSchools> _municipalityOfSchool =
		new HashMap<>();

}
