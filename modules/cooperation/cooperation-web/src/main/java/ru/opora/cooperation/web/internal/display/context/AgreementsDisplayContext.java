package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

/**
 * The register: the rows that pass the filters, newest first.
 *
 * @author Opora
 */
public class AgreementsDisplayContext extends BaseCooperationDisplayContext {

	public AgreementsDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		boolean region, List<AgreementRow> rows, AgreementFilter filter) {

		super(renderResponse, labels, permissions, groupId, region);

		_filter = filter;

		List<AgreementRow> filtered = new ArrayList<>();

		for (AgreementRow row : rows) {
			if (filter.matches(row)) {
				filtered.add(row);
			}
		}

		filtered.sort(
			Comparator.comparing(
				AgreementRow::getStartDate, Comparator.nullsLast(Comparator.reverseOrder())
			).thenComparing(
				AgreementRow::getNumber, Comparator.nullsLast(Comparator.naturalOrder())
			));

		_rows = filtered;
	}

	public String getAddAgreementURL() {
		return PortletURLBuilder.createRenderURL(
			getRenderResponse()
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_EDIT_AGREEMENT
		).buildString();
	}

	public String getDownloadTemplateURL() {
		return ResourceURLBuilder.createResourceURL(
			getRenderResponse()
		).setResourceID(
			CooperationWebKeys.MVC_DOWNLOAD_TEMPLATE
		).buildString();
	}

	public String getExportURL() {
		return ResourceURLBuilder.createResourceURL(
			getRenderResponse()
		).setParameter(
			"kind", (_filter.getKind() == null) ? "" : _filter.getKind().code()
		).setParameter(
			"party", _filter.getParty()
		).setParameter(
			"programme", _filter.getProgramme()
		).setParameter(
			"scope", isRegion() ? "region" : "site"
		).setParameter(
			"status", (_filter.getStatus() == null) ? "" : _filter.getStatus().code()
		).setParameter(
			"termDate", (_filter.getTermDate() == null) ? "" : _filter.getTermDate().toString()
		).setResourceID(
			CooperationWebKeys.MVC_EXPORT_AGREEMENTS
		).buildString();
	}

	public AgreementFilter getFilter() {
		return _filter;
	}

	public List<SelectOption> getKindOptions() {
		List<SelectOption> options = new ArrayList<>();

		options.add(new SelectOption("", getLabels().get("opora-cooperation-any"), _filter.getKind() == null));

		for (AgreementKind kind : AgreementKind.values()) {
			options.add(new SelectOption(kind.code(), getLabels().get(kind.labelKey()), kind == _filter.getKind()));
		}

		return options;
	}

	public List<AgreementRow> getRows() {
		return _rows;
	}

	public String getSearchURL() {
		return PortletURLBuilder.createRenderURL(
			getRenderResponse()
		).setMVCRenderCommandName(
			CooperationWebKeys.MVC_VIEW_AGREEMENTS
		).setParameter(
			"scope", isRegion() ? "region" : "site"
		).buildString();
	}

	public List<SelectOption> getStatusOptions() {
		List<SelectOption> options = new ArrayList<>();

		options.add(new SelectOption("", getLabels().get("opora-cooperation-any"), _filter.getStatus() == null));

		for (AgreementStatus status : AgreementStatus.values()) {
			options.add(
				new SelectOption(status.code(), getLabels().get(status.labelKey()), status == _filter.getStatus()));
		}

		return options;
	}

	public String getUploadTemplateURL() {
		return PortletURLBuilder.createActionURL(
			getRenderResponse()
		).setActionName(
			CooperationWebKeys.MVC_UPLOAD_TEMPLATE
		).buildString();
	}

	@Override
	protected String getTabCommand() {
		return CooperationWebKeys.MVC_VIEW_AGREEMENTS;
	}

	private final AgreementFilter _filter;
	private final List<AgreementRow> _rows;

}
