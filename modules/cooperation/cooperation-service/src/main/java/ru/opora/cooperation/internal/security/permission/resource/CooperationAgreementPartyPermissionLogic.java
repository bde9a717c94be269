package ru.opora.cooperation.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.Set;

import ru.opora.cooperation.constants.CooperationActionKeys;
import ru.opora.cooperation.internal.party.PartyDirectors;
import ru.opora.cooperation.model.AgreementParty;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.AgreementPartyLocalService;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * The author of an agreement and the directors of its parties may view,
 * update and delete it (the service allows changes only to drafts). A
 * coordinator who sees all agreements of the site of a party school may view
 * it. Anything else falls through to the resource permissions.
 *
 * @author Opora
 */
public class CooperationAgreementPartyPermissionLogic implements ModelResourcePermissionLogic<CooperationAgreement> {

	public CooperationAgreementPartyPermissionLogic(
		AgreementPartyLocalService agreementPartyLocalService, PartyDirectors partyDirectors,
		PortletResourcePermission portletResourcePermission, SchoolLocalService schoolLocalService) {

		_agreementPartyLocalService = agreementPartyLocalService;
		_partyDirectors = partyDirectors;
		_portletResourcePermission = portletResourcePermission;
		_schoolLocalService = schoolLocalService;
	}

	@Override
	public Boolean contains(
		PermissionChecker permissionChecker, String name, CooperationAgreement agreement, String actionId) {

		long userId = permissionChecker.getUserId();

		if ((userId <= 0) || !_PARTY_ACTION_IDS.contains(actionId)) {
			return null;
		}

		if (agreement.getUserId() == userId) {
			return true;
		}

		for (AgreementParty party : _agreementPartyLocalService.getAgreementParties(agreement.getAgreementId())) {
			if (_partyDirectors.isDirector(userId, party)) {
				return true;
			}

			if (ActionKeys.VIEW.equals(actionId) && (party.getSchoolId() > 0)) {
				School school = _schoolLocalService.fetchSchool(party.getSchoolId());

				if ((school != null) && _portletResourcePermission.contains(
						permissionChecker, school.getGroupId(), CooperationActionKeys.VIEW_ALL_AGREEMENTS)) {

					return true;
				}
			}
		}

		return null;
	}

	private static final Set<String> _PARTY_ACTION_IDS = Set.of(ActionKeys.DELETE, ActionKeys.UPDATE, ActionKeys.VIEW);

	private final AgreementPartyLocalService _agreementPartyLocalService;
	private final PartyDirectors _partyDirectors;
	private final PortletResourcePermission _portletResourcePermission;
	private final SchoolLocalService _schoolLocalService;

}
