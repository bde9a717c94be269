package ru.opora.library.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.List;

import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;

/**
 * The library's first screen: the search form with its filters and the
 * region's approved materials that match, page by page.
 *
 * @author Opora
 */
public class MaterialsDisplayContext {

	public MaterialsDisplayContext(
		LibraryService libraryService, long groupId, MaterialQuery query,
		Labels labels, boolean canUpload, boolean canReview) {

		_libraryService = libraryService;
		_groupId = groupId;
		_query = query;
		_labels = labels;
		_canUpload = canUpload;
		_canReview = canReview;
	}

	public List<SelectOption> getGradeOptions() {
		return _labels.gradeOptions(_query.getGrade());
	}

	public Labels getLabels() {
		return _labels;
	}

	public List<SelectOption> getMaterialTypeOptions() {
		return _labels.materialTypeOptions(_query.getMaterialTypeCode());
	}

	public MaterialQuery getQuery() {
		return _query;
	}

	/** One page of the materials that match. */
	public List<Material> getResults(int start, int end) throws PortalException {
		if (getTotal() == 0) {
			return Collections.emptyList();
		}

		return _libraryService.search(_groupId, _query, start, end);
	}

	public List<SelectOption> getRiskFactorOptions() {
		return _labels.riskFactorOptions(
			Collections.singletonList(_query.getRiskFactorCode().toUpperCase()));
	}

	public List<SelectOption> getSubjectOptions() {
		return _labels.subjectOptions(_query.getSubjectCode());
	}

	public int getTotal() throws PortalException {
		if (_total == null) {
			_total = _libraryService.searchCount(_groupId, _query);
		}

		return _total;
	}

	public boolean isCanReview() {
		return _canReview;
	}

	public boolean isCanUpload() {
		return _canUpload;
	}

	private final boolean _canReview;
	private final boolean _canUpload;
	private final long _groupId;
	private final Labels _labels;
	private final LibraryService _libraryService;
	private final MaterialQuery _query;
	private Integer _total;

}
