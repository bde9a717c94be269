package ru.opora.mentoring.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.ActionRequest;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.domain.validation.Violation;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;
import ru.opora.mentoring.constants.MentoringActionKeys;
import ru.opora.mentoring.exception.MentoringValidationException;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.service.MentorAssignmentService;
import ru.opora.mentoring.service.SupportEventService;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.display.context.EventMaterialsDisplayContext;
import ru.opora.mentoring.web.internal.util.MentoringServices;
import ru.opora.testing.portlet.PortletRequests;

/** The library materials of a support event: the screen, the search and saving the choice. */
class EventMaterialsCommandsTest {

	@BeforeEach
	void setUp() throws Exception {
		_support = new ActionCommandTestSupport();

		ActionCommandTestSupport.inject(_action, "_portal", _support.portal);
		ActionCommandTestSupport.inject(_action, "_supportEventService", _supportEventService);

		ActionCommandTestSupport.inject(_render, "_dlAppService", mock(DLAppService.class));
		ActionCommandTestSupport.inject(_render, "_libraryService", _libraryService);
		ActionCommandTestSupport.inject(_render, "_mentoringServices", _mentoringServices);

		when(_mentoringServices.getSupportEventService()).thenReturn(_supportEventService);
		when(_mentoringServices.getMentorAssignmentService()).thenReturn(_mentorAssignmentService);
		when(_mentoringServices.getMentorAssignmentModelResourcePermission()).thenReturn(_permission);
		when(_mentoringServices.getPortal()).thenReturn(_portal);
		when(_portal.getHttpServletRequest(any(PortletRequest.class))).thenReturn(mock(HttpServletRequest.class));

		when(_supportEvent.getSupportEventId()).thenReturn(5L);
		when(_supportEvent.getMentorAssignmentId()).thenReturn(42L);
		when(_supportEvent.getMaterialFileEntryIdList()).thenReturn(List.of(301L));
		when(_supportEventService.getSupportEvent(5)).thenReturn(_supportEvent);
		when(_mentorAssignmentService.getAssignment(42)).thenReturn(_mentorAssignment);

		when(
			_libraryService.getMaterials(PortletRequests.SCOPE_GROUP_ID, List.of(301L))
		).thenReturn(
			List.of(_material(301, "План урока"))
		);

		_languageUtil = Mockito.mockStatic(LanguageUtil.class);
		_languageUtil.when(
			() -> LanguageUtil.get(any(HttpServletRequest.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);
	}

	@AfterEach
	void tearDown() {
		_languageUtil.close();
		_support.close();
	}

	@Test
	void theTickedMaterialsAreSavedForTheEvent() throws Exception {
		ActionRequest actionRequest = PortletRequests.actionRequest(
			"supportEventId", "5", "fileEntryIds", "301", "fileEntryIds", "302", "redirect", "/materials");

		_action.doProcessAction(actionRequest, _support.actionResponse);

		verify(_supportEventService).updateSupportEventMaterials(5, new long[] {301, 302}, _support.serviceContext);
		_support.assertSucceeded(actionRequest, MentoringWebKeys.SUCCESS_EVENT_MATERIALS_SAVED, "/materials");
	}

	@Test
	void nothingTickedUnlinksEverything() throws Exception {
		_action.doProcessAction(PortletRequests.actionRequest("supportEventId", "5"), _support.actionResponse);

		ArgumentCaptor<long[]> ids = ArgumentCaptor.forClass(long[].class);

		verify(_supportEventService).updateSupportEventMaterials(eq(5L), ids.capture(), any());
		assertArrayEquals(new long[0], ids.getValue());
	}

	@Test
	void aRejectedChoiceShowsTheScreenAgain() throws Exception {
		when(
			_supportEventService.updateSupportEventMaterials(anyLong(), any(long[].class), any())
		).thenThrow(
			new MentoringValidationException(List.of(Violation.of("materials", "too-many-materials", 20)))
		);

		ActionRequest actionRequest = PortletRequests.actionRequest("supportEventId", "5", "fileEntryIds", "1");

		_action.doProcessAction(actionRequest, _support.actionResponse);

		ActionCommandTestSupport.assertViolation(
			_support.assertFormShownAgain(actionRequest, MentoringWebKeys.MVC_EVENT_MATERIALS), "materials",
			"too-many-materials");
	}

	@Test
	void whoSeesTheEventSeesItsMaterialsButCannotSearch() throws Exception {
		RenderRequest renderRequest = PortletRequests.renderRequest("supportEventId", "5", "keywords", "дроби");

		assertEquals("/event_materials.jsp", _render.render(renderRequest, _renderResponse));

		EventMaterialsDisplayContext displayContext = _displayContext(renderRequest);

		assertFalse(displayContext.isEditable());
		assertEquals("План урока", displayContext.getLinkedMaterials().get(0).getTitle());
		assertTrue(displayContext.getFoundMaterials().isEmpty());
		verify(_libraryService, never()).search(anyLong(), any(MaterialQuery.class), anyInt(), anyInt());
	}

	@Test
	void theReporterSearchesTheLibraryAndSeesOnlyWhatIsNotLinkedYet() throws Exception {
		when(_permission.contains(any(), eq(_mentorAssignment), eq(MentoringActionKeys.REPORT))).thenReturn(true);

		when(
			_libraryService.search(eq(PortletRequests.SCOPE_GROUP_ID), any(MaterialQuery.class), eq(0), eq(20))
		).thenReturn(
			List.of(_material(301, "План урока"), _material(302, "Тест по дробям"))
		);

		RenderRequest renderRequest = PortletRequests.renderRequest("supportEventId", "5", "keywords", " дроби ");

		_render.render(renderRequest, _renderResponse);

		EventMaterialsDisplayContext displayContext = _displayContext(renderRequest);

		assertTrue(displayContext.isEditable());
		assertTrue(displayContext.isSearched());
		assertEquals(1, displayContext.getFoundMaterials().size());
		assertEquals(302L, displayContext.getFoundMaterials().get(0).getFileEntryId());

		ArgumentCaptor<MaterialQuery> query = ArgumentCaptor.forClass(MaterialQuery.class);

		verify(_libraryService).search(anyLong(), query.capture(), anyInt(), anyInt());
		assertEquals("дроби", query.getValue().getKeywords());
	}

	@Test
	void aCoordinatorWithUpdateMayChangeTheMaterialsToo() throws Exception {
		when(_permission.contains(any(), eq(_mentorAssignment), eq(ActionKeys.UPDATE))).thenReturn(true);

		RenderRequest renderRequest = PortletRequests.renderRequest("supportEventId", "5");

		_render.render(renderRequest, _renderResponse);

		assertTrue(_displayContext(renderRequest).isEditable());
		assertFalse(_displayContext(renderRequest).isSearched());
	}

	private EventMaterialsDisplayContext _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest, Mockito.atLeastOnce()).setAttribute(eq(MentoringWebKeys.DISPLAY_CONTEXT), captor.capture());

		return (EventMaterialsDisplayContext)captor.getValue();
	}

	private static Material _material(long fileEntryId, String title) {
		return Material.builder(
		).fileEntryId(
			fileEntryId
		).title(
			title
		).build();
	}

	private final UpdateEventMaterialsMVCActionCommand _action = new UpdateEventMaterialsMVCActionCommand();
	private MockedStatic<LanguageUtil> _languageUtil;
	private final LibraryService _libraryService = mock(LibraryService.class);
	private final MentorAssignment _mentorAssignment = mock(MentorAssignment.class);
	private final MentorAssignmentService _mentorAssignmentService = mock(MentorAssignmentService.class);
	private final MentoringServices _mentoringServices = mock(MentoringServices.class);
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<MentorAssignment> _permission = mock(ModelResourcePermission.class);
	private final Portal _portal = mock(Portal.class);
	private final ViewEventMaterialsMVCRenderCommand _render = new ViewEventMaterialsMVCRenderCommand();
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private ActionCommandTestSupport _support;
	private final SupportEvent _supportEvent = mock(SupportEvent.class);
	private final SupportEventService _supportEventService = mock(SupportEventService.class);

}
