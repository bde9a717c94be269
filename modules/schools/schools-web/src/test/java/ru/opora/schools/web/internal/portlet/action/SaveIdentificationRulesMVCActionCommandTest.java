package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.domain.identification.IdentificationRules;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.RuleField;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

class SaveIdentificationRulesMVCActionCommandTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		Fields.set(_command, "_portal", _support.portal);
		Fields.set(_command, "_schoolService", _schoolService);

		when(_schoolService.getIdentificationRules(anyLong())).thenReturn(IdentificationRules.defaults());
	}

	@AfterEach
	void tearDown() {
		_support.close();
	}

	@Test
	void validThresholdsAreSavedForTheCurrentSiteOnly() throws Exception {
		ActionRequest actionRequest = _request(Map.of("lowShareBelowThreshold", "25", "groupId", "999"));

		_command.doProcessAction(actionRequest, _support.actionResponse);

		ArgumentCaptor<IdentificationRules> captor = ArgumentCaptor.forClass(IdentificationRules.class);

		verify(_schoolService).updateIdentificationRules(eq(PortletRequests.SCOPE_GROUP_ID), captor.capture());
		assertEquals(
			IdentificationRules.defaults().toBuilder().lowShareBelowThreshold(25).build(), captor.getValue());
		_support.sessionMessages.verify(() -> SessionMessages.add(actionRequest, SchoolsWebKeys.SUCCESS_RULES_SAVED));
		verify(_support.renderParameters).setValue(
			"mvcRenderCommandName", SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES);
	}

	@Test
	void invalidThresholdsStoreNothingAndComeBackWithEveryViolation() throws Exception {
		ActionRequest actionRequest = _request(Map.of("lowShareBelowThreshold", "150", "minParticipants", "много"));

		_command.doProcessAction(actionRequest, _support.actionResponse);

		verify(_schoolService, never()).updateIdentificationRules(anyLong(), any(IdentificationRules.class));

		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		_support.sessionErrors.verify(
			() -> SessionErrors.add(eq(actionRequest), eq(OporaValidationException.class), captor.capture()));

		List<String> fields = new ArrayList<>();

		((OporaValidationException)captor.getValue()).getViolations().forEach(violation -> fields.add(violation.field()));

		assertTrue(fields.contains("minParticipants"), fields.toString());
		assertTrue(fields.contains("lowShareBelowThreshold"), fields.toString());
		verify(_support.renderParameters).setValue("whatIf", "true");
	}

	@Test
	void withoutManageRulesThePermissionErrorPropagates() throws Exception {
		when(
			_schoolService.updateIdentificationRules(anyLong(), any(IdentificationRules.class))
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "ru.opora.schools", 0, "MANAGE_RULES")
		);

		assertThrows(
			PrincipalException.class,
			() -> _command.doProcessAction(_request(Map.of()), _support.actionResponse));
	}

	/** Every field at its default value, except the given ones. */
	private static ActionRequest _request(Map<String, String> values) {
		List<String> parameters = new ArrayList<>();

		for (RuleField ruleField : RuleField.all()) {
			parameters.add(ruleField.getParameterName());
			parameters.add(
				values.getOrDefault(
					ruleField.getParameterName(), String.valueOf(ruleField.valueOf(IdentificationRules.defaults()))));
		}

		values.forEach(
			(name, value) -> {
				if (!parameters.contains(name)) {
					parameters.add(name);
					parameters.add(value);
				}
			});

		return PortletRequests.actionRequest(parameters.toArray(new String[0]));
	}

	private final SaveIdentificationRulesMVCActionCommand _command = new SaveIdentificationRulesMVCActionCommand();
	private final SchoolService _schoolService = mock(SchoolService.class);
	private ActionCommandTestSupport _support;

}
