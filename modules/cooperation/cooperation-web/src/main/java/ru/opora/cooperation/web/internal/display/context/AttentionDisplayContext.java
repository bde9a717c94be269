package ru.opora.cooperation.web.internal.display.context;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderResponse;

import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.Attention;

/**
 * The agreements that need attention (the domain's {@link Attention} list):
 * waiting for approval, ending soon without prolongation, recently expired,
 * in force without the signed scan; most urgent first.
 *
 * @author Opora
 */
public class AttentionDisplayContext extends BaseCooperationDisplayContext {

	public AttentionDisplayContext(
		RenderResponse renderResponse, Labels labels, CooperationPermissions permissions, long groupId,
		boolean region, List<CooperationAgreement> agreements, LocalDate today) {

		super(renderResponse, labels, permissions, groupId, region);

		List<Attention.Item> items = new ArrayList<>();

		for (CooperationAgreement agreement : agreements) {
			AgreementTerm term = agreement.getTerm();

			if (term != null) {
				items.add(
					new Attention.Item(
						agreement.getAgreementId(), agreement.getAgreementStatus(), term,
						agreement.getSignedScanFileEntryId() > 0));
				_agreements.put(agreement.getAgreementId(), agreement);
			}
		}

		_entries = Attention.list(items, today);
	}

	public CooperationAgreement getAgreement(Attention.Entry entry) {
		return _agreements.get(entry.getAgreementId());
	}

	public List<Attention.Entry> getEntries() {
		return _entries;
	}

	public String getReasons(Attention.Entry entry) {
		List<String> reasons = new ArrayList<>();

		for (Attention.Reason reason : entry.getReasons()) {
			reasons.add(getLabels().format(reason.labelKey(), Math.abs(entry.getDaysLeft())));
		}

		return String.join("; ", reasons);
	}

	@Override
	protected String getTabCommand() {
		return CooperationWebKeys.MVC_VIEW_ATTENTION;
	}

	private final Map<Long, CooperationAgreement> _agreements = new HashMap<>();
	private final List<Attention.Entry> _entries;

}
