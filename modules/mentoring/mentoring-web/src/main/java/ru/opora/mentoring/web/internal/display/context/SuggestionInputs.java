package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationHistory;
import ru.opora.domain.identification.IdentificationRules;
import ru.opora.domain.identification.Reason;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.identification.SchoolInput;
import ru.opora.domain.mentoring.MentorCandidate;
import ru.opora.domain.mentoring.MentorCostModel;
import ru.opora.domain.mentoring.SupportedSchoolProfile;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;

import ru.opora.mentoring.constants.MentoringConstants;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;

/**
 * What the suggestion needs, built from the site's schools and their groups
 * (the latest classified year of each school, by the site's identification
 * rules):
 *
 * <ul>
 * <li>
 * supported schools: ШНОР, ШНСУ or risk zone; weak subjects are the subjects
 * named by the reasons of those groups;
 * </li>
 * <li>
 * mentor candidates: high results or resilient (and not supported themselves);
 * strong subjects are the subjects of their results in that year; each may
 * take the municipality's capacity (Site Settings > Opora; default
 * {@link MentoringConstants#DEFAULT_CAPACITY}) schools (the service adds
 * the stored load);
 * </li>
 * <li>
 * place: schools store only the distance to the municipal centre, so every
 * school is put on one line at that distance (a point on the equator,
 * {@link #longitudeOf}): the cost model then measures |d1 − d2| km, a lower
 * bound of the road distance; schools at 0 km are both in the centre and
 * count as the same settlement. A school without a distance has no place
 * (the model charges the unknown distance).
 * </li>
 * </ul>
 *
 * Risk factors and cooperation agreements are not stored yet: profiles have
 * no priority risk factors and candidates no cooperating schools.
 *
 * @author Opora
 */
public class SuggestionInputs {

	/** Settlement given to schools in the municipal centre (0 km). */
	public static final String CENTRE = "centre";

	public static final Set<Group> CANDIDATE_GROUPS = Collections.unmodifiableSet(
		EnumSet.of(Group.HIGH_RESULTS, Group.RESILIENT));

	public static final Set<Group> SUPPORTED_GROUPS = Collections.unmodifiableSet(
		EnumSet.of(
			Group.LOW_RESULTS, Group.UNFAVOURABLE_CONDITIONS, Group.RISK_ZONE));

	/**
	 * Loads the site's schools with their results and contexts through the
	 * permission-checked services and classifies them by the site's rules.
	 */
	public static SuggestionInputs load(
			long groupId, SchoolService schoolService,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService)
		throws PortalException {

		return load(
			groupId, schoolService, assessmentResultService,
			schoolContextService, MentoringConstants.DEFAULT_CAPACITY);
	}

	/** The inputs with the municipality's capacity of a mentor school. */
	public static SuggestionInputs load(
			long groupId, SchoolService schoolService,
			AssessmentResultService assessmentResultService,
			SchoolContextService schoolContextService, int capacity)
		throws PortalException {

		List<SchoolData> schools = new ArrayList<>();
		Map<Long, List<ResultFigures>> results = new HashMap<>();
		List<SchoolInput> schoolInputs = new ArrayList<>();

		for (School school : schoolService.getGroupSchools(groupId)) {
			SchoolData schoolData = school.toSchoolData();

			List<ResultFigures> resultFigures = new ArrayList<>();

			for (AssessmentResult assessmentResult :
					assessmentResultService.getSchoolAssessmentResults(
						school.getSchoolId())) {

				resultFigures.add(assessmentResult.toResultFigures());
			}

			List<ContextFigures> contextFigures = new ArrayList<>();

			for (SchoolContext schoolContext :
					schoolContextService.getSchoolContexts(
						school.getSchoolId())) {

				contextFigures.add(schoolContext.toContextFigures());
			}

			schools.add(schoolData);
			results.put(school.getSchoolId(), resultFigures);
			schoolInputs.add(
				SchoolInput.of(
					schoolData, Collections.emptyList(),
					Collections.emptyList(), resultFigures, contextFigures));
		}

		IdentificationRules identificationRules =
			schoolService.getIdentificationRules(groupId);

		IdentificationHistory identificationHistory = new SchoolIdentifier(
			identificationRules
		).history(
			schoolInputs
		);

		Map<Long, SchoolClassification> latest = new HashMap<>();

		for (SchoolData schoolData : schools) {
			List<SchoolClassification> classifications =
				identificationHistory.classifications(schoolData.schoolId());

			if (!classifications.isEmpty()) {
				latest.put(
					schoolData.schoolId(),
					classifications.get(classifications.size() - 1));
			}
		}

		return new SuggestionInputs(schools, latest, results, capacity);
	}

	/**
	 * The longitude (degrees, on the equator) at which great-circle distances
	 * equal differences of distance to the centre.
	 */
	/** How many schools a mentor candidate may take. */
	public int getCapacity() {
		return _capacity;
	}

	public static double longitudeOf(double distanceToCentreKm) {
		return Math.toDegrees(
			distanceToCentreKm / MentorCostModel.EARTH_RADIUS_KM);
	}

	public SuggestionInputs(
		List<SchoolData> schools, Map<Long, SchoolClassification> latest,
		Map<Long, List<ResultFigures>> results) {

		this(schools, latest, results, MentoringConstants.DEFAULT_CAPACITY);
	}

	public SuggestionInputs(
		List<SchoolData> schools, Map<Long, SchoolClassification> latest,
		Map<Long, List<ResultFigures>> results, int capacity) {

		_capacity = capacity;

		for (SchoolData schoolData : schools) {
			_schools.put(schoolData.schoolId(), schoolData);

			SchoolClassification classification = latest.get(
				schoolData.schoolId());

			if (classification == null) {
				continue;
			}

			Set<Group> supportedGroups = EnumSet.noneOf(Group.class);

			for (Group group : classification.groups()) {
				if (SUPPORTED_GROUPS.contains(group)) {
					supportedGroups.add(group);
				}
			}

			if (!supportedGroups.isEmpty()) {
				_groups.put(schoolData.schoolId(), supportedGroups);
				_profiles.add(
					_profile(schoolData, classification, supportedGroups));

				continue;
			}

			Set<Group> candidateGroups = EnumSet.noneOf(Group.class);

			for (Group group : classification.groups()) {
				if (CANDIDATE_GROUPS.contains(group)) {
					candidateGroups.add(group);
				}
			}

			if (!candidateGroups.isEmpty()) {
				_groups.put(schoolData.schoolId(), candidateGroups);
				_candidates.add(
					_candidate(
						schoolData, classification,
						results.getOrDefault(
							schoolData.schoolId(),
							Collections.emptyList())));
			}
		}
	}

	public List<MentorCandidate> getCandidates() {
		return Collections.unmodifiableList(_candidates);
	}

	/** The supported or candidate groups that put a school on the screen. */
	public Set<Group> getGroups(long schoolId) {
		return _groups.getOrDefault(
			schoolId, Collections.<Group>emptySet());
	}

	public List<SupportedSchoolProfile> getProfiles() {
		return Collections.unmodifiableList(_profiles);
	}

	public SchoolData getSchool(long schoolId) {
		return _schools.get(schoolId);
	}

	private MentorCandidate _candidate(
		SchoolData schoolData, SchoolClassification classification,
		List<ResultFigures> results) {

		Set<String> strongSubjects = new TreeSet<>();

		for (ResultFigures resultFigures : results) {
			if ((resultFigures.year() == classification.year()) &&
				(resultFigures.subject() != null)) {

				strongSubjects.add(resultFigures.subject());
			}
		}

		Double distance = schoolData.distanceToCentreKm();

		return new MentorCandidate(
			String.valueOf(schoolData.schoolId()), schoolData.level(),
			_settlement(distance), _latitude(distance), _longitude(distance),
			_capacity, 0, strongSubjects,
			Collections.<String>emptySet(), Collections.<String>emptySet());
	}

	private Double _latitude(Double distance) {
		return (distance == null) ? null : 0.0;
	}

	private Double _longitude(Double distance) {
		return (distance == null) ? null : longitudeOf(distance);
	}

	private SupportedSchoolProfile _profile(
		SchoolData schoolData, SchoolClassification classification,
		Set<Group> supportedGroups) {

		Set<String> weakSubjects = new TreeSet<>();

		for (Reason reason : classification.reasons()) {
			if (supportedGroups.contains(reason.group()) &&
				(reason.subject() != null)) {

				weakSubjects.add(reason.subject());
			}
		}

		Double distance = schoolData.distanceToCentreKm();

		return new SupportedSchoolProfile(
			String.valueOf(schoolData.schoolId()), schoolData.level(),
			_settlement(distance), _latitude(distance), _longitude(distance),
			Collections.<String>emptyList(), weakSubjects);
	}

	private String _settlement(Double distance) {
		if ((distance != null) && (distance == 0)) {
			return CENTRE;
		}

		return null;
	}

	private final List<MentorCandidate> _candidates = new ArrayList<>();
	private final int _capacity;
	private final Map<Long, Set<Group>> _groups = new HashMap<>();
	private final List<SupportedSchoolProfile> _profiles = new ArrayList<>();
	private final Map<Long, SchoolData> _schools = new LinkedHashMap<>();


}
