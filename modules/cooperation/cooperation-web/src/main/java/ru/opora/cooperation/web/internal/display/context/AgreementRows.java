package ru.opora.cooperation.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.AgreementProgramme;
import ru.opora.cooperation.model.AgreementSummary;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementStatus;

/**
 * The register's rows of a site (or, for the region, of the instance): the
 * agreements the user may view in full, then the public summaries of the
 * other agreements in force.
 *
 * @author Opora
 */
public final class AgreementRows {

	public static List<CooperationAgreement> agreements(
			CooperationAgreementService cooperationAgreementService, long groupId, boolean region)
		throws PortalException {

		if (region) {
			return cooperationAgreementService.getCompanyAgreements();
		}

		return cooperationAgreementService.getGroupAgreements(groupId);
	}

	public static List<AgreementRow> load(
			CooperationAgreementService cooperationAgreementService, long groupId, boolean region)
		throws PortalException {

		List<AgreementRow> rows = new ArrayList<>();
		Set<Long> agreementIds = new HashSet<>();

		for (CooperationAgreement agreement : agreements(cooperationAgreementService, groupId, region)) {
			List<String> partyNames = new ArrayList<>();

			for (AgreementParty party : cooperationAgreementService.getAgreementParties(agreement.getAgreementId())) {
				partyNames.add(party.getFullName());
			}

			List<String> programmeNames = new ArrayList<>();

			for (AgreementProgramme programme :
					cooperationAgreementService.getAgreementProgrammes(agreement.getAgreementId())) {

				programmeNames.add(programme.getName());
			}

			agreementIds.add(agreement.getAgreementId());
			rows.add(
				new AgreementRow(
					agreement.getAgreementId(), agreement.getNumber(), agreement.getAgreementLocalDate(),
					agreement.getAgreementKind(), agreement.getAgreementStatus(), agreement.getStartLocalDate(),
					agreement.getEndLocalDate(), agreement.getVersion(), partyNames, programmeNames, true));
		}

		if (!region) {
			for (AgreementSummary summary : cooperationAgreementService.getPublicSummaries(groupId)) {
				if (agreementIds.add(summary.getAgreementId())) {
					rows.add(
						new AgreementRow(
							summary.getAgreementId(), summary.getNumber(), null,
							AgreementKind.parse(summary.getKind()).orElse(null),
							AgreementStatus.parse(summary.getStatus()).orElse(AgreementStatus.ACTIVE),
							summary.getStartDate(), summary.getEndDate(), 0, summary.getPartyNames(),
							summary.getProgrammeNames(), false));
				}
			}
		}

		return rows;
	}

	private AgreementRows() {
	}

}
