package ru.opora.cooperation.internal.network;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.cooperation.NetworkSchool;
import ru.opora.domain.identification.Group;
import ru.opora.domain.identification.IdentificationHistory;
import ru.opora.domain.identification.SchoolClassification;
import ru.opora.domain.identification.SchoolIdentifier;
import ru.opora.domain.identification.SchoolInput;
import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultLocalService;
import ru.opora.schools.service.SchoolContextLocalService;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The schools of sites with their groups: each site's schools classified by
 * that site's identification rules (the schools feature), the latest
 * classified year of each school; a school never classified has no group.
 *
 * @author Opora
 */
@Component(service = SchoolGroupsLoader.class)
public class SchoolGroupsLoader {

	/** The schools of the sites (in the given order) by schoolId. */
	public Map<Long, NetworkSchool> load(List<Long> groupIds) throws PortalException {
		Map<Long, NetworkSchool> networkSchools = new LinkedHashMap<>();

		for (long groupId : groupIds) {
			List<School> schools = _schoolLocalService.getGroupSchools(groupId);
			List<SchoolInput> schoolInputs = new ArrayList<>();

			for (School school : schools) {
				List<ResultFigures> results = new ArrayList<>();

				for (AssessmentResult assessmentResult :
						_assessmentResultLocalService.getSchoolAssessmentResults(school.getSchoolId())) {

					results.add(assessmentResult.toResultFigures());
				}

				List<ContextFigures> contexts = new ArrayList<>();

				for (SchoolContext schoolContext : _schoolContextLocalService.getSchoolContexts(school.getSchoolId())) {
					contexts.add(schoolContext.toContextFigures());
				}

				schoolInputs.add(
					SchoolInput.of(
						school.toSchoolData(), Collections.emptyList(), Collections.emptyList(), results, contexts));
			}

			IdentificationHistory history = new SchoolIdentifier(
				_schoolLocalService.getIdentificationRules(groupId)
			).history(
				schoolInputs
			);

			for (School school : schools) {
				List<SchoolClassification> classifications = history.classifications(school.getSchoolId());

				Set<Group> groups = classifications.isEmpty() ? EnumSet.noneOf(Group.class) :
					classifications.get(classifications.size() - 1).groups();

				networkSchools.put(school.getSchoolId(), new NetworkSchool(school.getSchoolId(), school.getName(), groups));
			}
		}

		return networkSchools;
	}

	@Reference
	private AssessmentResultLocalService _assessmentResultLocalService;

	@Reference
	private SchoolContextLocalService _schoolContextLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
