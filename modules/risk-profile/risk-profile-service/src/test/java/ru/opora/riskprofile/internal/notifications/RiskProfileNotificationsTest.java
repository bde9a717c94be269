package ru.opora.riskprofile.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.domain.risk.review.ReviewAction;
import ru.opora.portal.notification.OporaNotificationSender;
import ru.opora.riskprofile.constants.RiskProfilePortletKeys;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.model.RiskProfile;
import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Who is notified on each step of the review and verification, with what
 * payload and words. Outside a transaction Liferay's
 * TransactionCommitCallbackUtil runs the after-commit callback at once.
 */
class RiskProfileNotificationsTest {

	@BeforeEach
	void setUp() throws Exception {
		Payloads.set(_notifications, "_jsonFactory", Payloads.jsonFactory(Map.of()));
		Payloads.set(_notifications, "_riskSchoolPermission", _riskSchoolPermission);
		Payloads.set(_notifications, "_schoolLocalService", _schoolLocalService);
		Payloads.set(_notifications, "_userLocalService", _userLocalService);
		Payloads.set(
			_notifications, "_oporaNotificationSender",
			(OporaNotificationSender)(userId, portletId, notificationType, payload, subject, body) -> {
				if (_failing.contains(userId)) {
					throw new IllegalStateException("mail server is down");
				}

				assertEquals(RiskProfilePortletKeys.RISK_PROFILE, portletId);
				assertEquals(payload.getInt(RiskProfileNotificationTypes.KEY_NOTIFICATION_TYPE), notificationType);

				_sent.add(userId);
				_payloads.put(userId, payload);
				_subjects.put(userId, subject.apply(_RU) + " | " + subject.apply(Locale.US));
				_bodies.put(userId, body.apply(_RU) + " | " + body.apply(Locale.US));

				return new OporaNotificationSender.Delivery(true, false);
			});

		when(_school.getSchoolId()).thenReturn(_SCHOOL_ID);
		when(_school.getOrganizationId()).thenReturn(_ORGANIZATION_ID);
		when(_school.getName()).thenReturn("МОУ СОШ № 31");
		when(_schoolLocalService.getSchool(_SCHOOL_ID)).thenReturn(_school);
		when(_schoolLocalService.fetchSchool(_SCHOOL_ID)).thenReturn(_school);
		when(_riskSchoolPermission.getCuratorUserId(_SCHOOL_ID)).thenReturn(_CURATOR);

		// the school's organisation: two team members, a teacher without the role, a team member listed twice

		List<User> users = List.of(_user(_TEAM_1), _user(_TEACHER), _user(_TEAM_2), _user(_TEAM_1));

		when(_userLocalService.getOrganizationUsers(_ORGANIZATION_ID)).thenReturn(users);
		when(_riskSchoolPermission.isSchoolTeam(_TEAM_1, _school)).thenReturn(true);
		when(_riskSchoolPermission.isSchoolTeam(_TEAM_2, _school)).thenReturn(true);
	}

	@Test
	void aSubmissionGoesToTheSchoolsCuratorOnly() throws Exception {
		_notifications.documentStep(_document("ANTI_RISK_PROGRAMME", "RF03"), ReviewAction.SUBMIT, _TEAM_1, "Петрова А. В.");

		assertEquals(List.of(_CURATOR), _sent);

		JSONObject payload = _payloads.get(_CURATOR);

		assertEquals(RiskProfileNotificationTypes.DOCUMENT_SUBMITTED, payload.getInt("notificationType"));
		assertEquals(42, payload.getLong("riskDocumentId"));
		assertEquals("ANTI_RISK_PROGRAMME", payload.getString("documentType"));
		assertEquals("RF03", payload.getString("factorCode"));
		assertEquals(_SCHOOL_ID, payload.getLong("schoolId"));
		assertEquals("МОУ СОШ № 31", payload.getString("schoolName"));
		assertEquals("Петрова А. В.", payload.getString("actorName"));
		assertEquals("Опора: профиль рисков, МОУ СОШ № 31 | Opora: risk profile of МОУ СОШ № 31", _subjects.get(_CURATOR));
		assertEquals(
			"Петрова А. В. направил(а) вам на согласование документ «антирисковая программа RF03» школы МОУ СОШ № 31. | " +
				"Петрова А. В. submitted the anti-risk programme RF03 of МОУ СОШ № 31 for your review.",
			_bodies.get(_CURATOR));
	}

	@Test
	void aSubmissionOfASchoolWithoutCuratorNotifiesNobody() throws Exception {
		when(_riskSchoolPermission.getCuratorUserId(_SCHOOL_ID)).thenReturn(0L);

		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.SUBMIT, _TEAM_1, "Петрова А. В.");

		assertEquals(List.of(), _sent);
	}

	@Test
	void returnAndApprovalGoToTheSchoolTeamOnceEachAndNotToTheActor() throws Exception {
		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.RETURN, _CURATOR, "Куратор");

		assertEquals(List.of(_TEAM_1, _TEAM_2), _sent, "not the teacher without the role, nobody twice");
		assertEquals(RiskProfileNotificationTypes.DOCUMENT_RETURNED, _payloads.get(_TEAM_2).getInt("notificationType"));
		assertEquals(
			"Куратор вернул(а) на доработку документ «концепция развития» школы МОУ СОШ № 31: см. замечания. | " +
				"Куратор returned the development concept of МОУ СОШ № 31 for revision: see the comments.",
			_bodies.get(_TEAM_1));

		_sent.clear();

		// a site administrator in the school team approves: the others are told, not the actor

		_notifications.documentStep(
			_document("DEVELOPMENT_PROGRAMME", ""), ReviewAction.APPROVE, _TEAM_2, "Администратор");

		assertEquals(List.of(_TEAM_1), _sent);
		assertEquals(RiskProfileNotificationTypes.DOCUMENT_APPROVED, _payloads.get(_TEAM_1).getInt("notificationType"));
	}

	@Test
	void aNewVersionNotifiesNobodyNorReadsTheSchool() throws Exception {
		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.NEW_VERSION, _TEAM_1, "Петрова А. В.");

		assertEquals(List.of(), _sent);
		org.mockito.Mockito.verifyNoInteractions(_schoolLocalService, _userLocalService);
	}

	@Test
	void aVerifiedFactorGoesToTheSchoolTeamWithTheFactor() throws Exception {
		RiskProfile profile = mock(RiskProfile.class);

		when(profile.getSchoolId()).thenReturn(_SCHOOL_ID);

		_notifications.profileVerified(profile, "RF09", _CURATOR, "Сидоров <b>И.</b>");

		assertEquals(List.of(_TEAM_1, _TEAM_2), _sent);

		JSONObject payload = _payloads.get(_TEAM_1);

		assertSame(payload, _payloads.get(_TEAM_2), "one payload for every recipient");
		assertEquals(RiskProfileNotificationTypes.PROFILE_VERIFIED, payload.getInt("notificationType"));
		assertEquals("RF09", payload.getString("factorCode"));
		assertEquals("", payload.getString("documentType"));
		assertEquals(
			"Сидоров &lt;b&gt;И.&lt;/b&gt; проверил(а) рисковый профиль школы МОУ СОШ № 31: фактор RF09. | " +
				"Сидоров &lt;b&gt;И.&lt;/b&gt; verified the risk profile of МОУ СОШ № 31: factor RF09.",
			_bodies.get(_TEAM_1), "the actor's name is escaped in the HTML body");
	}

	@Test
	void aSchoolWithoutOrganisationHasNoTeamToNotify() throws Exception {
		when(_school.getOrganizationId()).thenReturn(0L);

		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.APPROVE, _CURATOR, "Куратор");

		assertEquals(List.of(), _sent);
		org.mockito.Mockito.verify(_userLocalService, org.mockito.Mockito.never()).getOrganizationUsers(anyLong());
	}

	@Test
	void oneRecipientsFailureDoesNotStopTheOthersNorTheStep() throws Exception {
		_failing.add(_TEAM_1);

		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.APPROVE, _CURATOR, "Куратор");

		assertEquals(List.of(_TEAM_2), _sent);
	}

	@Test
	void aFailedLookupOfRecipientsNeverUndoesTheStep() throws Exception {
		when(_schoolLocalService.getSchool(_SCHOOL_ID)).thenThrow(new NoSuchSchoolException("gone"));

		RiskProfile profile = mock(RiskProfile.class);

		when(profile.getSchoolId()).thenReturn(_SCHOOL_ID);

		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.APPROVE, _CURATOR, "Куратор");
		_notifications.profileVerified(profile, "RF09", _CURATOR, "Куратор");

		when(_riskSchoolPermission.getCuratorUserId(_SCHOOL_ID)).thenThrow(new IllegalStateException("mentoring"));

		_notifications.documentStep(_document("CONCEPT", ""), ReviewAction.SUBMIT, _TEAM_1, "Петрова А. В.");

		assertEquals(List.of(), _sent, "nobody notified, and no exception reached the review step");
	}

	private static RiskDocument _document(String documentType, String factorCode) {
		RiskDocument document = mock(RiskDocument.class);

		when(document.getRiskDocumentId()).thenReturn(42L);
		when(document.getSchoolId()).thenReturn(_SCHOOL_ID);
		when(document.getDocumentType()).thenReturn(documentType);
		when(document.getFactorCode()).thenReturn(factorCode);

		return document;
	}

	private static User _user(long userId) {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);

		return user;
	}

	private static final long _CURATOR = 503;

	private static final long _ORGANIZATION_ID = 700;

	private static final Locale _RU = new Locale("ru", "RU");

	private static final long _SCHOOL_ID = 31;

	private static final long _TEACHER = 504;

	private static final long _TEAM_1 = 501;

	private static final long _TEAM_2 = 502;

	private final Map<Long, String> _bodies = new HashMap<>();
	private final List<Long> _failing = new ArrayList<>();
	private final RiskProfileNotifications _notifications = new RiskProfileNotifications();
	private final Map<Long, JSONObject> _payloads = new HashMap<>();
	private final RiskSchoolPermission _riskSchoolPermission = mock(RiskSchoolPermission.class);
	private final School _school = mock(School.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final List<Long> _sent = new ArrayList<>();
	private final Map<Long, String> _subjects = new HashMap<>();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
