package ru.opora.schools.internal.organization;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import ru.opora.domain.school.OrganizationNaming;
import ru.opora.domain.validation.Violations;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.model.School;
import ru.opora.schools.organization.OrganizationLinkResult;
import ru.opora.schools.organization.OrganizationLinkResult.Entry;
import ru.opora.schools.organization.OrganizationLinkResult.Outcome;

/**
 * Links every school of a municipality site to a portal organization under
 * the municipality's organization (the portal's usual structure municipality
 * → school), so that a school's staff are that organization's members:
 * an existing child organization with the school's name is linked, else one
 * is created when asked. An organization already linked to another school of
 * the instance is never linked twice; two organizations with the school's
 * name are left to a person.
 */
public class SchoolOrganizationLinker {

	/** Stores one school's link (the registry's own update). */
	public interface LinkStore {

		public void link(School school, long organizationId)
			throws PortalException;

	}

	public SchoolOrganizationLinker(
		GroupLocalService groupLocalService,
		OrganizationLocalService organizationLocalService) {

		_groupLocalService = groupLocalService;
		_organizationLocalService = organizationLocalService;
	}

	/**
	 * @param schools the site's schools
	 * @param companySchools every school of the instance (for the
	 *        organizations already taken)
	 */
	public OrganizationLinkResult link(
			long userId, long groupId, List<School> schools,
			List<School> companySchools, boolean createMissing,
			LinkStore linkStore)
		throws PortalException {

		Group group = _groupLocalService.getGroup(groupId);

		boolean municipalityCreated = false;
		Organization municipality = _findMunicipality(group);

		if (municipality == null) {
			if (!createMissing) {
				throw _violation("no-municipality-organization");
			}

			municipality = _organizationLocalService.addOrganization(
				userId, OrganizationConstants.DEFAULT_PARENT_ORGANIZATION_ID,
				_newName(group.getCompanyId(), group.getDescriptiveName(), ""),
				false);

			_groupLocalService.addOrganizationGroup(
				municipality.getOrganizationId(), groupId);

			municipalityCreated = true;
		}

		Set<Long> taken = new HashSet<>();

		for (School school : companySchools) {
			if (school.getOrganizationId() > 0) {
				taken.add(school.getOrganizationId());
			}
		}

		Map<Long, String> candidates = new LinkedHashMap<>();

		for (Organization organization :
				_organizationLocalService.getOrganizations(
					group.getCompanyId(), municipality.getOrganizationId())) {

			if (!taken.contains(organization.getOrganizationId())) {
				candidates.put(
					organization.getOrganizationId(), organization.getName());
			}
		}

		List<School> sorted = new ArrayList<>(schools);

		sorted.sort(
			Comparator.comparing(
				School::getName, String.CASE_INSENSITIVE_ORDER
			).thenComparingLong(
				School::getSchoolId
			));

		List<Entry> entries = new ArrayList<>();

		for (School school : sorted) {
			entries.add(
				_link(
					userId, group, municipality, school, candidates,
					createMissing, linkStore));
		}

		return new OrganizationLinkResult(
			municipality.getOrganizationId(), municipality.getName(),
			municipalityCreated, entries);
	}

	private Organization _findMunicipality(Group group)
		throws PortalException {

		if (group.isOrganization()) {
			return _organizationLocalService.getOrganization(
				group.getOrganizationId());
		}

		List<Organization> organizations =
			_organizationLocalService.getGroupOrganizations(group.getGroupId());

		if (organizations.size() > 1) {
			throw _violation("several-municipality-organizations");
		}

		if (organizations.isEmpty()) {
			return null;
		}

		return organizations.get(0);
	}

	private Entry _link(
			long userId, Group group, Organization municipality, School school,
			Map<Long, String> candidates, boolean createMissing,
			LinkStore linkStore)
		throws PortalException {

		if (school.getOrganizationId() > 0) {
			Organization organization =
				_organizationLocalService.fetchOrganization(
					school.getOrganizationId());

			if ((organization != null) &&
				(organization.getCompanyId() == group.getCompanyId())) {

				return new Entry(
					school.getSchoolId(), school.getName(),
					Outcome.ALREADY_LINKED, organization.getOrganizationId(),
					organization.getName());
			}
		}

		OrganizationNaming.Match match = OrganizationNaming.match(
			school.getName(), school.getShortName(), candidates);

		if (match.isFound()) {
			long organizationId = match.getOrganizationId();
			String name = candidates.remove(organizationId);

			linkStore.link(school, organizationId);

			return new Entry(
				school.getSchoolId(), school.getName(), Outcome.LINKED,
				organizationId, name);
		}

		if (match.isAmbiguous()) {
			StringJoiner names = new StringJoiner("; ");

			for (long organizationId : match.getOrganizationIds()) {
				names.add(
					candidates.get(organizationId) + " (" + organizationId +
						")");
			}

			return new Entry(
				school.getSchoolId(), school.getName(), Outcome.AMBIGUOUS, 0,
				names.toString());
		}

		if (!createMissing) {
			return new Entry(
				school.getSchoolId(), school.getName(), Outcome.NOT_FOUND, 0,
				"");
		}

		Organization organization = _organizationLocalService.addOrganization(
			userId, municipality.getOrganizationId(),
			_newName(
				group.getCompanyId(), school.getName(), municipality.getName()),
			false);

		linkStore.link(school, organization.getOrganizationId());

		return new Entry(
			school.getSchoolId(), school.getName(), Outcome.CREATED,
			organization.getOrganizationId(), organization.getName());
	}

	private String _newName(long companyId, String name, String qualifier) {
		return OrganizationNaming.organizationName(
			name, qualifier,
			candidate ->
				_organizationLocalService.fetchOrganization(
					companyId, candidate) != null);
	}

	private OporaValidationException _violation(String code) {
		return new OporaValidationException(
			new Violations().add(
				"organizationId", code
			).list());
	}

	private final GroupLocalService _groupLocalService;
	private final OrganizationLocalService _organizationLocalService;

}
