package ru.opora.domain.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network of a municipality or of the region on a day: which schools are
 * linked to which partners by agreements in effect, weak schools without any
 * agreement first, and the programme's indicator "share of ШНОР in network
 * cooperation with high-results schools or other organisations".
 *
 * <p>
 * A ШНОР counts for the indicator when an agreement in effect on the day
 * links it to a school of the high-results group or to an organisation that
 * is not a school. Partner schools outside {@code schools} (another
 * municipality) are looked up in {@code knownSchools}; unknown ones do not
 * count as high-results.
 * </p>
 */
public final class CooperationNetwork {

	/** One partner of a school through one agreement. */
	public static final class Link {

		public long getAgreementId() {
			return _agreement.getAgreementId();
		}

		public AgreementKind getKind() {
			return _agreement.getKind();
		}

		public String getNumber() {
			return _agreement.getNumber();
		}

		public PartyRef getPartner() {
			return _partner;
		}

		/** Whether the partner makes the link count for the indicator. */
		public boolean isQualifying() {
			return _qualifying;
		}

		private Link(NetworkAgreement agreement, PartyRef partner, boolean qualifying) {
			_agreement = agreement;
			_partner = partner;
			_qualifying = qualifying;
		}

		private final NetworkAgreement _agreement;
		private final PartyRef _partner;
		private final boolean _qualifying;

	}

	/** One school of the view with its links on the day. */
	public static final class Row {

		public List<Link> getLinks() {
			return _links;
		}

		public NetworkSchool getSchool() {
			return _school;
		}

		public boolean hasAgreement() {
			return !_links.isEmpty();
		}

		/** Counted in the indicator's numerator. */
		public boolean isCounted() {
			if (!_school.isLowResults()) {
				return false;
			}

			for (Link link : _links) {
				if (link.isQualifying()) {
					return true;
				}
			}

			return false;
		}

		private Row(NetworkSchool school, List<Link> links) {
			_school = school;
			_links = List.copyOf(links);
		}

		private final List<Link> _links;
		private final NetworkSchool _school;

	}

	public static CooperationNetwork build(
		Collection<NetworkSchool> schools, Collection<NetworkSchool> knownSchools,
		Collection<NetworkAgreement> agreements, LocalDate date) {

		Map<Long, NetworkSchool> known = new HashMap<>();

		for (NetworkSchool school : knownSchools) {
			known.put(school.getSchoolId(), school);
		}

		for (NetworkSchool school : schools) {
			known.put(school.getSchoolId(), school);
		}

		List<Row> rows = new ArrayList<>();

		for (NetworkSchool school : schools) {
			PartyRef self = PartyRef.school(school.getSchoolId());
			List<Link> links = new ArrayList<>();

			for (NetworkAgreement agreement : agreements) {
				if (!agreement.isInEffectOn(date) || !agreement.getParties().contains(self)) {
					continue;
				}

				for (PartyRef partner : agreement.getParties()) {
					if (partner.equals(self)) {
						continue;
					}

					boolean qualifying;

					if (partner.isSchool()) {
						NetworkSchool partnerSchool = known.get(partner.getId());

						qualifying = (partnerSchool != null) && partnerSchool.isHighResults();
					}
					else {
						qualifying = true;
					}

					links.add(new Link(agreement, partner, qualifying));
				}
			}

			rows.add(new Row(school, links));
		}

		rows.sort(
			Comparator.comparingInt(
				CooperationNetwork::_rank
			).thenComparing(
				row -> row.getSchool().getName(), Comparator.nullsLast(Comparator.naturalOrder())
			).thenComparingLong(row -> row.getSchool().getSchoolId()));

		return new CooperationNetwork(date, rows);
	}

	public LocalDate getDate() {
		return _date;
	}

	/** ШНОР of the view. */
	public int getLowResultsCount() {
		int count = 0;

		for (Row row : _rows) {
			if (row.getSchool().isLowResults()) {
				count++;
			}
		}

		return count;
	}

	/** ШНОР in network cooperation with a high-results school or another organisation. */
	public int getLowResultsInCooperationCount() {
		int count = 0;

		for (Row row : _rows) {
			if (row.isCounted()) {
				count++;
			}
		}

		return count;
	}

	public List<Row> getRows() {
		return _rows;
	}

	/** The indicator in percent, one decimal; null when the view has no ШНОР. */
	public Double getSharePercent() {
		int total = getLowResultsCount();

		if (total == 0) {
			return null;
		}

		return Math.round(getLowResultsInCooperationCount() * 1000.0 / total) / 10.0;
	}

	/** Weak schools without an agreement, other schools without, weak with, the rest. */
	private static int _rank(Row row) {
		boolean weak = row.getSchool().isWeak();

		if (!row.hasAgreement()) {
			return weak ? 0 : 1;
		}

		return weak ? 2 : 3;
	}

	private CooperationNetwork(LocalDate date, List<Row> rows) {
		_date = date;
		_rows = List.copyOf(rows);
	}

	private final LocalDate _date;
	private final List<Row> _rows;

}
