package ru.opora.riskprofile.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import ru.opora.domain.risk.RiskLevel;
import ru.opora.domain.risk.monitoring.TrackStatus;
import ru.opora.domain.risk.review.ReviewStatus;
import ru.opora.portal.util.UserDates;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.model.RiskDictionaryVersion;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.web.internal.util.RiskServices;
import ru.opora.schools.model.School;

/**
 * The schools of the site the user may see (all for coordinators, their own
 * for a school team or curator) for a year: the profile's HIGH and MEDIUM
 * factors, the priorities, the documents approved and the monitoring status;
 * the municipality's count of schools on track.
 */
public class SchoolsDisplayContext extends BaseRiskDisplayContext {

	public SchoolsDisplayContext(PortletRequest portletRequest, PortletResponse portletResponse, RiskServices riskServices) {
		super(portletRequest, portletResponse, riskServices);
	}

	/** Regional coordinators add dictionary versions. */
	public boolean canManageDictionary() throws PortalException {
		return riskServices.getRiskDictionaryVersionService().hasManagePermission(themeDisplay.getScopeGroupId());
	}

	/** The text of the latest version, where a new version starts (or the typed text after a rejection). */
	public String getDictionaryText() throws PortalException {
		String typed = ParamUtil.getString(portletRequest, "content");

		if (!typed.isEmpty()) {
			return typed;
		}

		List<RiskDictionaryVersion> versions = getDictionaryVersions();

		if (versions.isEmpty()) {
			return "";
		}

		return riskServices.getRiskDictionaryVersionService().getVersionContent(
			versions.get(versions.size() - 1).getRiskDictionaryVersionId());
	}

	public List<RiskDictionaryVersion> getDictionaryVersions() throws PortalException {
		return riskServices.getRiskDictionaryVersionService().getCompanyVersions();
	}

	/** The columns of the Excel export, as on the screen. */
	public List<String> getExportHeaders() {
		List<String> headers = new ArrayList<>();

		for (String key :
				new String[] {
					"opora-risk-school", "opora-risk-level-HIGH", "opora-risk-level-MEDIUM",
					"opora-risk-level-NOT_ENOUGH_DATA", "opora-risk-priorities", "opora-risk-documents-approved",
					"opora-risk-documents", "opora-risk-monitoring"
				}) {

			headers.add(label(key));
		}

		return headers;
	}

	/** The rows of the Excel export: numbers stay numbers, a school without a profile has blank counts. */
	public List<List<Object>> getExportRows() throws PortalException {
		List<List<Object>> rows = new ArrayList<>();

		for (SchoolRow row : getRows()) {
			List<Object> cells = new ArrayList<>();

			cells.add(row.getName());
			cells.add(row.hasProfile() ? (Object)row.getHigh() : "");
			cells.add(row.hasProfile() ? (Object)row.getMedium() : "");
			cells.add(row.hasProfile() ? (Object)row.getNotEnoughData() : "");
			cells.add(row.getPriorities());
			cells.add(row.getApprovedDocuments());
			cells.add(row.getDocuments());
			cells.add(label("opora-risk-track-" + row.getStatus()));

			rows.add(cells);
		}

		return rows;
	}

	public List<SchoolRow> getRows() throws PortalException {
		if (_rows != null) {
			return _rows;
		}

		RiskProfileService riskProfileService = riskServices.getRiskProfileService();
		RiskDocumentService riskDocumentService = riskServices.getRiskDocumentService();
		LocalDate today = UserDates.today(themeDisplay);

		_rows = new ArrayList<>();

		for (School school : riskServices.getSchoolService().getGroupSchools(themeDisplay.getScopeGroupId())) {
			if (!riskProfileService.hasSchoolPermission(school.getSchoolId(), RiskProfileActionKeys.VIEW)) {
				continue;
			}

			RiskProfile profile = riskProfileService.fetchSchoolProfile(school.getSchoolId(), getYear());
			Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
			int notEnoughData = 0;
			String priorities = "";

			if (profile != null) {
				for (RiskLevel level : riskProfileService.getEffectiveLevels(profile.getRiskProfileId()).values()) {
					if (level == null) {
						notEnoughData++;
					}
					else {
						counts.merge(level, 1, Integer::sum);
					}
				}

				priorities = profile.getPriorities().replace(",", ", ");
			}

			int approved = 0;
			List<RiskDocument> documents = riskDocumentService.getSchoolDocuments(school.getSchoolId(), getYear());

			for (RiskDocument document : documents) {
				if (ReviewStatus.APPROVED.name().equals(document.getStatus())) {
					approved++;
				}
			}

			TrackStatus status = riskDocumentService.getSchoolMonitoringStatus(school.getSchoolId(), getYear(), today);

			_counts.merge(status, 1, Integer::sum);

			_rows.add(
				new SchoolRow(
					school.getSchoolId(), school.getName(), profile != null, counts.getOrDefault(RiskLevel.HIGH, 0),
					counts.getOrDefault(RiskLevel.MEDIUM, 0), notEnoughData, priorities, approved, documents.size(),
					status.name()));
		}

		return _rows;
	}

	/** How many of the listed schools have a status (after {@link #getRows()}). */
	public int getStatusCount(String status) {
		return _counts.getOrDefault(TrackStatus.valueOf(status), 0);
	}

	public static class SchoolRow {

		public SchoolRow(
			long schoolId, String name, boolean profile, int high, int medium, int notEnoughData, String priorities,
			int approvedDocuments, int documents, String status) {

			_schoolId = schoolId;
			_name = name;
			_profile = profile;
			_high = high;
			_medium = medium;
			_notEnoughData = notEnoughData;
			_priorities = priorities;
			_approvedDocuments = approvedDocuments;
			_documents = documents;
			_status = status;
		}

		public int getApprovedDocuments() {
			return _approvedDocuments;
		}

		public int getDocuments() {
			return _documents;
		}

		public int getHigh() {
			return _high;
		}

		public int getMedium() {
			return _medium;
		}

		public String getName() {
			return _name;
		}

		public int getNotEnoughData() {
			return _notEnoughData;
		}

		public String getPriorities() {
			return _priorities;
		}

		public long getSchoolId() {
			return _schoolId;
		}

		public String getStatus() {
			return _status;
		}

		public boolean hasProfile() {
			return _profile;
		}

		private final int _approvedDocuments;
		private final int _documents;
		private final int _high;
		private final int _medium;
		private final String _name;
		private final int _notEnoughData;
		private final String _priorities;
		private final boolean _profile;
		private final long _schoolId;
		private final String _status;

	}

	private final Map<TrackStatus, Integer> _counts = new EnumMap<>(TrackStatus.class);
	private List<SchoolRow> _rows;

}
