package ru.opora.riskprofile.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import ru.opora.domain.risk.programme.ProgrammeContent;
import ru.opora.domain.risk.review.DocumentSection;
import ru.opora.domain.risk.review.ReviewStatus;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.mentoring.util.MentoringDates;
import ru.opora.portal.util.UserDates;
import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskDocumentSnapshot;
import ru.opora.riskprofile.model.RiskMeasure;
import ru.opora.riskprofile.model.RiskReviewComment;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.web.internal.util.RiskServices;

/**
 * A document version: its structured content (editable by the school team
 * while a draft or returned), the review steps the user may take, the
 * comments per section and round, the frozen copies, and for an approved
 * programme the monitoring of each measure.
 */
public class DocumentDisplayContext extends BaseRiskDisplayContext {

	public DocumentDisplayContext(PortletRequest portletRequest, PortletResponse portletResponse, RiskServices riskServices)
		throws PortalException {

		super(portletRequest, portletResponse, riskServices);

		RiskDocumentService riskDocumentService = riskServices.getRiskDocumentService();

		_document = riskDocumentService.getDocument(ParamUtil.getLong(portletRequest, "riskDocumentId"));
		_content = riskDocumentService.getContent(_document.getRiskDocumentId());
		_canUpdate = riskServices.getRiskProfileService().hasSchoolPermission(
			_document.getSchoolId(), RiskProfileActionKeys.UPDATE);
		_canReview = riskServices.getRiskProfileService().hasSchoolPermission(
			_document.getSchoolId(), RiskProfileActionKeys.REVIEW);
		_status = ReviewStatus.valueOf(_document.getStatus());
	}

	public boolean canComment() {
		return _canReview && (_status == ReviewStatus.SUBMITTED);
	}

	public boolean canEdit() {
		return _canUpdate && _status.isEditable();
	}

	public boolean canMonitor() {
		return _canUpdate && (_status == ReviewStatus.APPROVED);
	}

	/** Review actions the user may take now (the service checks them again). */
	public List<String> getActions() {
		List<String> actions = new ArrayList<>();

		if (_canUpdate && _status.isEditable()) {
			actions.add("SUBMIT");
		}

		if (_canReview && (_status == ReviewStatus.SUBMITTED)) {
			actions.add("RETURN");
			actions.add("APPROVE");
		}

		if (_canUpdate && (_status == ReviewStatus.APPROVED)) {
			actions.add("NEW_VERSION");
		}

		return actions;
	}

	public List<RiskReviewComment> getComments() throws PortalException {
		return riskServices.getRiskDocumentService().getComments(_document.getRiskDocumentId());
	}

	public ProgrammeContent getContent() {
		return _content;
	}

	public RiskDocument getDocument() {
		return _document;
	}

	public String getMeasureStatus(RiskMeasure measure) {
		return ru.opora.domain.risk.monitoring.MeasureStatus.of(
			MentoringDates.toLocalDate(measure.getDeadline()), MentoringDates.toLocalDate(measure.getDoneDate()),
			measure.isNotDone(), UserDates.today(themeDisplay)).name();
	}

	public List<RiskMeasure> getMeasures() throws PortalException {
		return riskServices.getRiskDocumentService().getMeasures(_document.getRiskDocumentId());
	}

	public String getMonitoringStatus() throws PortalException {
		return riskServices.getRiskDocumentService().getMonitoringStatus(
			_document.getRiskDocumentId(), UserDates.today(themeDisplay)).name();
	}

	public String[] getSections() {
		return Arrays.stream(DocumentSection.values()).map(Enum::name).toArray(String[]::new);
	}

	/** The frozen content of a submission. */
	public ProgrammeContent getSnapshotContent(RiskDocumentSnapshot snapshot) {
		return ProgrammeContent.decode(snapshot.getContent());
	}

	public List<RiskDocumentSnapshot> getSnapshots() throws PortalException {
		return riskServices.getRiskDocumentService().getSnapshots(_document.getRiskDocumentId());
	}

	/**
	 * Approved methodological materials of the region's library tagged with
	 * the programme's risk factor (at most {@link #MAX_FACTOR_MATERIALS}),
	 * for planning measures; none for a document without a factor.
	 */
	public List<Material> getFactorMaterials() throws PortalException {
		if (_document.getFactorCode().isEmpty()) {
			return Collections.emptyList();
		}

		return riskServices.getLibraryService(
		).search(
			themeDisplay.getScopeGroupId(),
			new MaterialQuery(null, null, 0, null, _document.getFactorCode(), null),
			0, MAX_FACTOR_MATERIALS
		);
	}

	/** The files attached to the school's documents of the year. */
	public List<FileEntry> getAttachments() throws PortalException {
		return riskServices.getRiskDocumentService().getAttachments(_document.getRiskDocumentId());
	}

	/** Whether the user may attach files (the school's team). */
	public boolean canAttach() {
		return _canUpdate;
	}

	public String getMaterialURL(Material material) {
		return riskServices.getFileURL(material.getFileEntryId(), themeDisplay);
	}

	public String getTasksText() {
		return String.join("\n", _content.tasks());
	}

	public String getTitle() {
		String title = label("opora-risk-document-type-" + _document.getDocumentType());

		if (!_document.getFactorCode().isEmpty()) {
			title = title + " " + _document.getFactorCode();
		}

		return title;
	}

	public boolean isApproved() {
		return _status == ReviewStatus.APPROVED;
	}

	public static final int MAX_FACTOR_MATERIALS = 10;

	private final boolean _canReview;
	private final boolean _canUpdate;
	private final ProgrammeContent _content;
	private final RiskDocument _document;
	private final ReviewStatus _status;

}
