package ru.opora.diagnostics.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.diagnostics.constants.DiagnosticsActionKeys;
import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.service.DiagnosticItemService;
import ru.opora.diagnostics.web.internal.constants.DiagnosticsWebKeys;
import ru.opora.diagnostics.web.internal.display.context.BankDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.EditAreaDisplayContext;
import ru.opora.diagnostics.web.internal.display.context.EditCompetenceDisplayContext;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;
import ru.opora.testing.portlet.PortletRequests;

/**
 * Editing areas and competences of the draft bank: the site comes from the
 * page, the form's values go to the permission-checked DiagnosticItemService,
 * violations bring the form back with its values, deletions are refused with
 * the reason on the bank page, a missing permission is not swallowed.
 */
class EditBankCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_services, "_diagnosticItemService", _diagnosticItemService);
		Fields.set(_services, "_language", _language);
		Fields.set(_services, "_portal", _portal);
		Fields.set(_services, "_portletResourcePermission", _portletResourcePermission);

		when(_portal.getScopeGroupId(any(ActionRequest.class))).thenReturn(PortletRequests.SCOPE_GROUP_ID);
		when(_diagnosticItemService.canChangeBank(PortletRequests.SCOPE_GROUP_ID)).thenAnswer(invocation -> _bankSite);
		when(_language.format(any(Locale.class), eq("opora-error-out-of-range"), Mockito.<Object[]>any(), eq(false))).thenAnswer(
			invocation -> {
				Object[] arguments = invocation.getArgument(2);

				return "from " + arguments[0] + " to " + arguments[1];
			});
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
		_sessionMessages.close();
	}

	@Test
	void addAreaUsesThePagesSite() throws Exception {
		_command(new EditAreaMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"groupId", "999", "code", "RUS", "name", "Русский язык: предметные компетенции", "kind", "subject",
				"subject", "Русский язык"),
			_actionResponse);

		verify(_diagnosticItemService).addCompetenceArea(
			PortletRequests.SCOPE_GROUP_ID, "RUS", "Русский язык: предметные компетенции", "subject", "Русский язык");
		verify(_diagnosticItemService, never()).updateCompetenceArea(
			anyLong(), anyLong(), anyString(), anyString(), anyString());
		assertEquals(DiagnosticsWebKeys.MVC_BANK, _rendered.get("mvcRenderCommandName"));
		_sessionMessages.verify(
			() -> SessionMessages.add(any(PortletRequest.class), eq("diagnostics-success"), eq("diagnostics-area-saved")));
	}

	@Test
	void editAreaChangesTheGivenAreaAndNotItsCode() throws Exception {
		_command(new EditAreaMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"competenceAreaId", "31", "code", "OTHER", "name", "Оценочная грамотность", "kind", "assessment"),
			_actionResponse);

		verify(_diagnosticItemService).updateCompetenceArea(
			PortletRequests.SCOPE_GROUP_ID, 31, "Оценочная грамотность", "assessment", "");
		verify(_diagnosticItemService, never()).addCompetenceArea(
			anyLong(), anyString(), anyString(), anyString(), anyString());
	}

	@Test
	void addAndEditCompetenceWithItsThreshold() throws Exception {
		_command(new EditCompetenceMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"code", "R-ORF", "areaCode", "RUS", "name", "Орфография", "threshold", " 65 ", "itemsPerSession", "3"),
			_actionResponse);
		_command(new EditCompetenceMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"competenceId", "32", "areaCode", "MATH", "name", "Алгебра", "threshold", "70", "itemsPerSession", "4"),
			_actionResponse);

		verify(_diagnosticItemService).addCompetence(PortletRequests.SCOPE_GROUP_ID, "R-ORF", "RUS", "Орфография", 65, 3);
		verify(_diagnosticItemService).updateCompetence(PortletRequests.SCOPE_GROUP_ID, 32, "MATH", "Алгебра", 70, 4);
		assertEquals(DiagnosticsWebKeys.MVC_BANK, _rendered.get("mvcRenderCommandName"));
		_sessionMessages.verify(
			() -> SessionMessages.add(
				any(PortletRequest.class), eq("diagnostics-success"), eq("diagnostics-competence-saved")),
			Mockito.times(2));
	}

	@Test
	void rejectedCompetenceShowsTheFormAgainWithWhatWasTyped() throws Exception {
		when(
			_diagnosticItemService.addCompetence(anyLong(), anyString(), anyString(), anyString(), anyInt(), anyInt())
		).thenThrow(
			new DiagnosticsValidationException(
				List.of(
					Violation.of("threshold", "out-of-range", 1, 100),
					Violation.of("itemsPerSession", "out-of-range", 1, 50))));
		when(_language.get(any(Locale.class), eq("diagnostics-field-threshold"))).thenReturn("Threshold");
		when(_language.get(any(Locale.class), eq("diagnostics-field-itemsPerSession"))).thenReturn("Items per session");

		_command(new EditCompetenceMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest(
				"code", "R-ORF", "areaCode", "RUS", "name", "Орфография", "threshold", "сто", "itemsPerSession", "99"),
			_actionResponse);

		verify(_diagnosticItemService).addCompetence(PortletRequests.SCOPE_GROUP_ID, "R-ORF", "RUS", "Орфография", 0, 99);
		assertEquals(DiagnosticsWebKeys.MVC_EDIT_COMPETENCE, _rendered.get("mvcRenderCommandName"));
		assertEquals("сто", _rendered.get("threshold"));
		assertEquals("99", _rendered.get("itemsPerSession"));
		assertEquals("R-ORF", _rendered.get("code"));
		assertEquals("0", _rendered.get("competenceId"));
		_sessionErrors.verify(
			() -> SessionErrors.add(
				any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS),
				eq(List.of("Threshold: from 1 to 100", "Items per session: from 1 to 50"))));
		_sessionMessages.verify(() -> SessionMessages.add(any(PortletRequest.class), anyString(), any()), never());
	}

	@Test
	void deletionRefusedWithDependantsShowsTheReasonOnTheBankPage() throws Exception {
		when(_diagnosticItemService.deleteCompetenceArea(PortletRequests.SCOPE_GROUP_ID, 31)).thenThrow(
			new DiagnosticsValidationException(
				List.of(Violation.of("competences", "diagnostics-area-has-competences", "MATH", "M-ALG, M-GEO"))));
		when(_language.get(any(Locale.class), eq("diagnostics-field-competences"))).thenReturn("Competences");
		when(
			_language.format(
				any(Locale.class), eq("opora-error-diagnostics-area-has-competences"), Mockito.<Object[]>any(), eq(false))
		).thenReturn("The area MATH still has competences: M-ALG, M-GEO.");

		_command(new DeleteAreaMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("competenceAreaId", "31"), _actionResponse);

		assertEquals(DiagnosticsWebKeys.MVC_BANK, _rendered.get("mvcRenderCommandName"));
		_sessionErrors.verify(
			() -> SessionErrors.add(
				any(PortletRequest.class), eq(DiagnosticsWebKeys.VIOLATIONS),
				eq(List.of("Competences: The area MATH still has competences: M-ALG, M-GEO."))));
		_sessionMessages.verify(() -> SessionMessages.add(any(PortletRequest.class), anyString(), any()), never());

		_command(new DeleteCompetenceMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("competenceId", "32"), _actionResponse);
		_command(new DeleteItemMVCActionCommand()).doProcessAction(
			PortletRequests.actionRequest("diagnosticItemId", "33"), _actionResponse);

		verify(_diagnosticItemService).deleteCompetence(PortletRequests.SCOPE_GROUP_ID, 32);
		verify(_diagnosticItemService).deleteItem(PortletRequests.SCOPE_GROUP_ID, 33);
		_sessionMessages.verify(
			() -> SessionMessages.add(
				any(PortletRequest.class), eq("diagnostics-success"), eq("diagnostics-competence-deleted")));
		_sessionMessages.verify(
			() -> SessionMessages.add(any(PortletRequest.class), eq("diagnostics-success"), eq("diagnostics-item-deleted")));
	}

	@Test
	void missingPermissionPropagates() throws Exception {
		PrincipalException refused = new PrincipalException.MustHavePermission(
			0, "x", 1, DiagnosticsActionKeys.MANAGE_BANK);

		when(
			_diagnosticItemService.addCompetenceArea(anyLong(), anyString(), anyString(), anyString(), anyString())
		).thenThrow(refused);
		when(_diagnosticItemService.deleteCompetence(anyLong(), anyLong())).thenThrow(refused);

		EditAreaMVCActionCommand edit = _command(new EditAreaMVCActionCommand());
		DeleteCompetenceMVCActionCommand delete = _command(new DeleteCompetenceMVCActionCommand());

		assertThrows(
			PrincipalException.class,
			() -> edit.doProcessAction(PortletRequests.actionRequest("code", "RUS"), _actionResponse));
		assertThrows(
			PrincipalException.class,
			() -> delete.doProcessAction(PortletRequests.actionRequest("competenceId", "32"), _actionResponse));
		_sessionMessages.verify(() -> SessionMessages.add(any(PortletRequest.class), anyString(), any()), never());
	}

	@Test
	void competencePageShowsTheStoredValuesAndTheAreasOfItsVersion() throws Exception {
		Competence competence = mock(Competence.class);

		when(competence.getCompetenceId()).thenReturn(32L);
		when(competence.getVersion()).thenReturn(2);
		when(competence.getCode()).thenReturn("M-ALG");
		when(competence.getAreaCode()).thenReturn("MATH");
		when(competence.getThreshold()).thenReturn(70);
		when(competence.getItemsPerSession()).thenReturn(3);
		when(_diagnosticItemService.getCompetence(PortletRequests.SCOPE_GROUP_ID, 32)).thenReturn(competence);

		List<CompetenceArea> areas = List.of(_area("MATH", "subject", "Математика"), _area("METH", "methodological", ""));

		when(_diagnosticItemService.getCompetenceAreas(PortletRequests.SCOPE_GROUP_ID, 2)).thenReturn(areas);

		RenderRequest renderRequest = PortletRequests.renderRequest("competenceId", "32", "threshold", "75");

		PortletRequests.permissionChecker(renderRequest);

		assertEquals(
			"/edit_competence.jsp",
			_command(new EditCompetenceMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		EditCompetenceDisplayContext context = DiagnosticsTestSupport.displayContext(renderRequest);

		assertFalse(context.isNew());
		assertEquals(32, context.getCompetenceId());
		assertEquals("M-ALG", context.getValue("code"));
		assertEquals("MATH", context.getValue("areaCode"));
		assertEquals("75", context.getValue("threshold"), "the value typed before a rejected save");
		assertEquals("3", context.getValue("itemsPerSession"));
		assertEquals(areas, context.getAreas());
	}

	@Test
	void newAreaPageOffersEveryKind() throws Exception {
		RenderRequest renderRequest = PortletRequests.renderRequest();

		PortletRequests.permissionChecker(renderRequest);

		assertEquals(
			"/edit_area.jsp", _command(new EditAreaMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		EditAreaDisplayContext context = DiagnosticsTestSupport.displayContext(renderRequest);

		assertTrue(context.isNew());
		assertEquals("subject", context.getValue("kind"));
		assertEquals("", context.getValue("code"));
		assertEquals(5, context.getKinds().size());
	}

	@Test
	void editPagesWithoutPermissionShowTheErrorPage() throws Exception {
		Mockito.doThrow(
			new PrincipalException.MustHavePermission(0, "x", 1, DiagnosticsActionKeys.MANAGE_BANK)
		).when(
			_portletResourcePermission
		).check(any(PermissionChecker.class), anyLong(), eq(DiagnosticsActionKeys.MANAGE_BANK));

		RenderRequest areaRequest = PortletRequests.renderRequest("competenceAreaId", "31");
		RenderRequest competenceRequest = PortletRequests.renderRequest();

		PortletRequests.permissionChecker(areaRequest);
		PortletRequests.permissionChecker(competenceRequest);

		assertEquals(
			"/error.jsp", _command(new EditAreaMVCRenderCommand()).render(areaRequest, mock(RenderResponse.class)));
		assertEquals(
			"/error.jsp",
			_command(new EditCompetenceMVCRenderCommand()).render(competenceRequest, mock(RenderResponse.class)));
		verify(_diagnosticItemService, never()).getCompetenceArea(anyLong(), anyLong());
		verify(_diagnosticItemService, never()).getCompetenceAreas(anyLong(), anyInt());
		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)), Mockito.times(2));
	}

	@Test
	void bankPageCountsAndIsReadOnlyForPublishedVersions() throws Exception {
		ItemBank draft = _bank(2, DiagnosticsConstants.BANK_STATUS_DRAFT);
		ItemBank published = _bank(1, DiagnosticsConstants.BANK_STATUS_PUBLISHED);

		when(_diagnosticItemService.getBanks(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(draft, published));

		CompetenceArea mathematics = _area("MATH", "subject", "Математика");
		List<CompetenceArea> areas = List.of(mathematics, _area("METH", "methodological", ""));
		List<Competence> competences = List.of(_competence("M-ALG", "MATH"), _competence("M-GEO", "MATH"));
		List<DiagnosticItem> items = List.of(_item("M-ALG"), _item("M-ALG"), _item("M-GEO"));

		when(_diagnosticItemService.getCompetenceAreas(eq(PortletRequests.SCOPE_GROUP_ID), anyInt())).thenReturn(areas);
		when(_diagnosticItemService.getCompetences(eq(PortletRequests.SCOPE_GROUP_ID), anyInt())).thenReturn(
			competences);
		when(_diagnosticItemService.getItems(eq(PortletRequests.SCOPE_GROUP_ID), anyInt())).thenReturn(items);
		when(_language.format(any(Locale.class), eq("diagnostics-area-kind-subject"), Mockito.<Object[]>any(), eq(false))).thenReturn(
			"Subject");

		BankDisplayContext draftContext = _bankPage(PortletRequests.renderRequest());

		assertTrue(draftContext.isDraft());
		assertTrue(draftContext.canAdd());
		assertEquals(2, draftContext.getCompetenceCount("MATH"));
		assertEquals(0, draftContext.getCompetenceCount("METH"));
		assertEquals(2, draftContext.getItemCount("M-ALG"));
		assertEquals(1, draftContext.getItemCount("M-GEO"));
		assertEquals("Subject: Математика", draftContext.getAreaKindLabel(mathematics));

		BankDisplayContext publishedContext = _bankPage(PortletRequests.renderRequest("version", "1"));

		assertFalse(publishedContext.isDraft());
		assertFalse(publishedContext.canAdd(), "the draft exists: additions are made there");
		verify(_diagnosticItemService).getCompetences(PortletRequests.SCOPE_GROUP_ID, 1);

		when(_diagnosticItemService.getBanks(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(published));

		assertTrue(_bankPage(PortletRequests.renderRequest()).canAdd(), "no draft yet: the first addition creates it");

		_bankSite = false;
		when(_diagnosticItemService.getBanks(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(draft, published));

		BankDisplayContext municipality = _bankPage(PortletRequests.renderRequest());

		assertTrue(municipality.isDraft());
		assertFalse(municipality.isChangeable(), "the bank is changed on the region's site");
		assertFalse(municipality.isEditable());
		assertFalse(municipality.canAdd());
		assertEquals(2, municipality.getCompetences().size(), "but shown");
	}

	@Test
	void editPagesOutsideTheBanksSiteShowTheErrorPage() throws Exception {
		_bankSite = false;

		RenderRequest renderRequest = PortletRequests.renderRequest("competenceId", "32");

		PortletRequests.permissionChecker(renderRequest);

		assertEquals(
			"/error.jsp",
			_command(new EditCompetenceMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));
		verify(_diagnosticItemService, never()).getCompetence(anyLong(), anyLong());

		RenderRequest itemRequest = PortletRequests.renderRequest("diagnosticItemId", "41");

		PortletRequests.permissionChecker(itemRequest);

		assertEquals(
			"/error.jsp", _command(new EditItemMVCRenderCommand()).render(itemRequest, mock(RenderResponse.class)),
			"items too");
		verify(_diagnosticItemService, never()).getItem(anyLong(), anyLong());
		_sessionErrors.verify(
			() -> SessionErrors.add(any(PortletRequest.class), eq(PrincipalException.class)), Mockito.times(2));
	}

	private static CompetenceArea _area(String code, String kind, String subject) {
		CompetenceArea area = mock(CompetenceArea.class);

		when(area.getCode()).thenReturn(code);
		when(area.getKind()).thenReturn(kind);
		when(area.getSubject()).thenReturn(subject);

		return area;
	}

	private static ItemBank _bank(int version, String status) {
		ItemBank bank = mock(ItemBank.class);

		when(bank.getVersion()).thenReturn(version);
		when(bank.getStatus()).thenReturn(status);

		return bank;
	}

	private static Competence _competence(String code, String areaCode) {
		Competence competence = mock(Competence.class);

		when(competence.getCode()).thenReturn(code);
		when(competence.getAreaCode()).thenReturn(areaCode);

		return competence;
	}

	private static DiagnosticItem _item(String competenceCode) {
		DiagnosticItem item = mock(DiagnosticItem.class);

		when(item.getCompetenceCode()).thenReturn(competenceCode);

		return item;
	}

	private BankDisplayContext _bankPage(RenderRequest renderRequest) throws Exception {
		PortletRequests.permissionChecker(renderRequest);

		assertEquals("/bank.jsp", _command(new ViewBankMVCRenderCommand()).render(renderRequest, mock(RenderResponse.class)));

		return DiagnosticsTestSupport.displayContext(renderRequest);
	}

	private <T> T _command(T command) throws Exception {
		Fields.set(command, "_diagnosticsServices", _services);

		return command;
	}

	private final Map<String, String> _rendered = new HashMap<>();
	private final ActionResponse _actionResponse = PortletRequests.actionResponse(_rendered);
	private boolean _bankSite = true;
	private final DiagnosticItemService _diagnosticItemService = mock(DiagnosticItemService.class);
	private final Language _language = mock(Language.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final DiagnosticsServices _services = DiagnosticsTestSupport.services();
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);
	private final MockedStatic<SessionMessages> _sessionMessages = Mockito.mockStatic(SessionMessages.class);

}
