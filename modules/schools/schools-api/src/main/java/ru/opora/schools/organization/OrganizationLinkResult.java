package ru.opora.schools.organization;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What linking a municipality's schools to portal organizations did, school
 * by school, in the registry's order; the municipality's own organization.
 */
public final class OrganizationLinkResult implements Serializable {

	public OrganizationLinkResult(
		long municipalityOrganizationId, String municipalityOrganizationName,
		boolean municipalityOrganizationCreated, List<Entry> entries) {

		_municipalityOrganizationId = municipalityOrganizationId;
		_municipalityOrganizationName = municipalityOrganizationName;
		_municipalityOrganizationCreated = municipalityOrganizationCreated;
		_entries = Collections.unmodifiableList(new ArrayList<>(entries));
	}

	/** How many schools ended with this outcome. */
	public int count(Outcome outcome) {
		int count = 0;

		for (Entry entry : _entries) {
			if (entry.getOutcome() == outcome) {
				count++;
			}
		}

		return count;
	}

	public List<Entry> getEntries() {
		return _entries;
	}

	public long getMunicipalityOrganizationId() {
		return _municipalityOrganizationId;
	}

	public String getMunicipalityOrganizationName() {
		return _municipalityOrganizationName;
	}

	/** Whether the schools still unlinked need a person's decision. */
	public boolean hasUnresolved() {
		return (count(Outcome.AMBIGUOUS) + count(Outcome.NOT_FOUND)) > 0;
	}

	public boolean isMunicipalityOrganizationCreated() {
		return _municipalityOrganizationCreated;
	}

	/** One school's outcome. */
	public static final class Entry implements Serializable {

		public Entry(
			long schoolId, String schoolName, Outcome outcome,
			long organizationId, String organizationName) {

			_schoolId = schoolId;
			_schoolName = schoolName;
			_outcome = outcome;
			_organizationId = organizationId;
			_organizationName = organizationName;
		}

		/** 0 unless the school is (now) linked. */
		public long getOrganizationId() {
			return _organizationId;
		}

		/** The linked organization's name, or the names found if ambiguous. */
		public String getOrganizationName() {
			return _organizationName;
		}

		public Outcome getOutcome() {
			return _outcome;
		}

		public long getSchoolId() {
			return _schoolId;
		}

		public String getSchoolName() {
			return _schoolName;
		}

		private static final long serialVersionUID = 1L;

		private final long _organizationId;
		private final String _organizationName;
		private final Outcome _outcome;
		private final long _schoolId;
		private final String _schoolName;

	}

	/** What happened to one school. */
	public enum Outcome {

		/** It already had an organization of this portal instance. */
		ALREADY_LINKED,

		/** Several organizations carry its name: a person chooses. */
		AMBIGUOUS,

		/** A new organization was created for it and linked. */
		CREATED,

		/** An existing organization with its name was linked. */
		LINKED,

		/** No organization has its name and creating was not asked for. */
		NOT_FOUND;

		/** The language key of the outcome, e.g. {@code organization-link-created}. */
		public String getLabelKey() {
			return "organization-link-" + name().toLowerCase().replace('_', '-');
		}

	}

	private static final long serialVersionUID = 1L;

	private final List<Entry> _entries;
	private final boolean _municipalityOrganizationCreated;
	private final long _municipalityOrganizationId;
	private final String _municipalityOrganizationName;

}
