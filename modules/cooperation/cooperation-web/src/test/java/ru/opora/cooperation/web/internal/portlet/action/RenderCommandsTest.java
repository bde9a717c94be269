package ru.opora.cooperation.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.cooperation.model.AgreementSummary;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementService;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.display.context.AgreementsDisplayContext;
import ru.opora.cooperation.web.internal.display.context.AttentionDisplayContext;
import ru.opora.cooperation.web.internal.display.context.CooperationPermissions;
import ru.opora.cooperation.web.internal.display.context.Labels;
import ru.opora.cooperation.web.internal.util.CooperationServices;
import ru.opora.testing.portlet.PortletRequests;

/** The screens: feature switch, scope from the page, what each user may see, the error page. */
class RenderCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_cooperationServices.getCooperationAgreementService()).thenReturn(_service);
		when(_cooperationServices.labels(any())).thenReturn(new Labels(Locale.US, mock(ResourceBundle.class)));
		when(_cooperationServices.themeDisplay(any())).thenAnswer(
			invocation -> ((RenderRequest)invocation.getArgument(0)).getAttribute(WebKeys.THEME_DISPLAY));
		when(_cooperationServices.isRegion(any())).thenAnswer(
			invocation -> "region".equals(((RenderRequest)invocation.getArgument(0)).getParameter("scope")));

		for (BaseCooperationMVCRenderCommand command : new BaseCooperationMVCRenderCommand[] {_register, _attention}) {
			ActionCommandTestSupport.inject(command, "cooperationServices", _cooperationServices);
		}
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void switchedOffFeatureShowsOnlyTheMessage() throws Exception {
		when(_cooperationServices.checkFeature(any())).thenReturn("/feature_disabled.jsp");

		assertEquals("/feature_disabled.jsp", _register.render(PortletRequests.renderRequest(), _renderResponse));
		verify(_service, never()).getGroupAgreements(anyLong());
	}

	@Test
	void registerOfThePageSiteWithPublicSummariesForOthers() throws Exception {
		when(_cooperationServices.permissions(any())).thenReturn(new CooperationPermissions(false, false, false, false));
		when(_service.getGroupAgreements(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of());
		when(
			_service.getPublicSummaries(PortletRequests.SCOPE_GROUP_ID)
		).thenReturn(
			List.of(
				new AgreementSummary(
					5, "СВ-5", "partnership", "active", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
					List.of("МБОУ СОШ № 3", "Колледж"), List.of()))
		);

		RenderRequest renderRequest = PortletRequests.renderRequest("scope", "region", "groupId", "999");

		assertEquals("/view_agreements.jsp", _register.render(renderRequest, _renderResponse));

		AgreementsDisplayContext displayContext = _displayContext(renderRequest, AgreementsDisplayContext.class);

		// No coordinator: no region, and the page's site whatever the parameters say

		assertFalse(displayContext.isRegion());
		verify(_service).getGroupAgreements(PortletRequests.SCOPE_GROUP_ID);
		verify(_service, never()).getCompanyAgreements();
		assertEquals(1, displayContext.getRows().size());
		assertFalse(displayContext.getRows().get(0).isViewable());
	}

	@Test
	void coordinatorsSeeTheRegion() throws Exception {
		when(_cooperationServices.permissions(any())).thenReturn(new CooperationPermissions(true, true, true, true));
		when(_service.getCompanyAgreements()).thenReturn(List.of());

		RenderRequest renderRequest = PortletRequests.renderRequest("scope", "region");

		_register.render(renderRequest, _renderResponse);

		assertTrue(_displayContext(renderRequest, AgreementsDisplayContext.class).isRegion());
		verify(_service, never()).getPublicSummaries(anyLong());
	}

	@Test
	void attentionListsTheUrgentAgreements() throws Exception {
		when(_cooperationServices.permissions(any())).thenReturn(new CooperationPermissions(true, true, true, false));

		CooperationAgreement waiting = mock(CooperationAgreement.class);

		when(waiting.getAgreementId()).thenReturn(8L);
		when(waiting.getAgreementStatus()).thenReturn(ru.opora.domain.cooperation.AgreementStatus.ON_APPROVAL);
		when(
			waiting.getTerm()
		).thenReturn(
			new ru.opora.domain.cooperation.AgreementTerm(LocalDate.now(), LocalDate.now().plusYears(1), false, 0)
		);
		when(_service.getGroupAgreements(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(waiting));

		RenderRequest renderRequest = PortletRequests.renderRequest();

		assertEquals("/view_attention.jsp", _attention.render(renderRequest, _renderResponse));
		assertEquals(
			8L, _displayContext(renderRequest, AttentionDisplayContext.class).getEntries().get(0).getAgreementId());
	}

	@Test
	void refusalShowsTheErrorPage() throws Exception {
		when(_cooperationServices.permissions(any())).thenReturn(new CooperationPermissions(false, false, false, false));
		when(_service.getGroupAgreements(anyLong())).thenThrow(new PrincipalException());

		RenderRequest renderRequest = PortletRequests.renderRequest();

		assertEquals("/error.jsp", _register.render(renderRequest, _renderResponse));
		_sessionErrors.verify(() -> SessionErrors.add(renderRequest, PrincipalException.class));
	}

	private static <T> T _displayContext(RenderRequest renderRequest, Class<T> clazz) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(CooperationWebKeys.DISPLAY_CONTEXT), captor.capture());

		return clazz.cast(captor.getValue());
	}

	private final ViewAttentionMVCRenderCommand _attention = new ViewAttentionMVCRenderCommand();
	private final CooperationServices _cooperationServices = mock(CooperationServices.class);
	private final ViewAgreementsMVCRenderCommand _register = new ViewAgreementsMVCRenderCommand();
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final CooperationAgreementService _service = mock(CooperationAgreementService.class);
	private final MockedStatic<SessionErrors> _sessionErrors = Mockito.mockStatic(SessionErrors.class);

}
