package ru.opora.library.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.document.library.kernel.exception.NoSuchFileEntryException;
import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.model.MaterialQuery;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.library.web.internal.display.context.MaterialsDisplayContext;

/** The render commands: who sees which screen, and what the search screen gets. */
class RenderCommandsTest {

	private final LibraryService _libraryService = mock(LibraryService.class);
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(PortletResourcePermission.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);

	@BeforeEach
	void setUp() throws Exception {

		// ParamUtil reads a portal property when it loads.

		PropsUtil.setProps(mock(Props.class));

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getScopeGroupId()).thenReturn(200L);
		when(themeDisplay.getCompanyId()).thenReturn(10L);
		when(themeDisplay.getLocale()).thenReturn(new Locale("ru", "RU"));
		when(themeDisplay.getPermissionChecker()).thenReturn(_permissionChecker);
		when(_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(themeDisplay);
		when(_libraryService.getSubjectAssociations(10L)).thenReturn(SubjectAssociation.defaults());
	}

	@Test
	void theSearchScreenReadsItsFiltersAndKnowsWhatTheUserMayDo() throws Exception {
		_allow(LibraryActionKeys.VIEW, LibraryActionKeys.ADD_MATERIAL);
		_param("keywords", " дроби ");
		_param("subject", "math");
		_param("grade", "5");
		_param("riskFactor", "RF03");

		ViewMaterialsMVCRenderCommand command = _inject(new ViewMaterialsMVCRenderCommand());

		assertEquals("/view.jsp", command.render(_renderRequest, _renderResponse));

		ArgumentCaptor<Object> displayContext = ArgumentCaptor.forClass(Object.class);

		verify(_renderRequest).setAttribute(eq(LibraryWebKeys.DISPLAY_CONTEXT), displayContext.capture());

		MaterialsDisplayContext materialsDisplayContext = (MaterialsDisplayContext)displayContext.getValue();
		MaterialQuery query = materialsDisplayContext.getQuery();

		assertEquals("дроби", query.getKeywords());
		assertEquals("math", query.getSubjectCode());
		assertEquals(5, query.getGrade());
		assertEquals("RF03", query.getRiskFactorCode());
		assertEquals(true, materialsDisplayContext.isCanUpload());
		assertEquals(false, materialsDisplayContext.isCanReview());

		// Nothing matches: no page is asked for.

		when(_libraryService.searchCount(200L, query)).thenReturn(0);

		assertEquals(List.of(), materialsDisplayContext.getResults(0, 20));
		verify(_libraryService, never()).search(any(Long.class), any(), any(Integer.class), any(Integer.class));
	}

	@Test
	void withoutViewTheLibraryIsClosed() throws Exception {
		assertEquals(
			"/no_access.jsp", _inject(new ViewMaterialsMVCRenderCommand()).render(_renderRequest, _renderResponse));
		verify(_renderRequest, never()).setAttribute(eq(LibraryWebKeys.DISPLAY_CONTEXT), any());
	}

	@Test
	void onlyUploadersSeeTheFormAndOnlyReviewersTheQueue() throws Exception {
		_allow(LibraryActionKeys.VIEW);

		assertEquals(
			"/no_access.jsp", _inject(new UploadMaterialMVCRenderCommand()).render(_renderRequest, _renderResponse));
		assertEquals(
			"/no_access.jsp", _inject(new ViewPendingMVCRenderCommand()).render(_renderRequest, _renderResponse));
		verify(_libraryService, never()).getPendingMaterials(any(Long.class));
	}

	@Test
	void aMaterialTheUserMayNotSeeIsNotFound() throws Exception {
		when(_libraryService.getMaterial(200L, 900L)).thenThrow(new NoSuchFileEntryException("none"));
		_param("fileEntryId", "900");

		ViewMaterialMVCRenderCommand command = _inject(new ViewMaterialMVCRenderCommand());

		assertEquals("/not_found.jsp", command.render(_renderRequest, _renderResponse));
	}

	private void _allow(String... actionIds) throws Exception {
		for (String actionId : actionIds) {
			when(_portletResourcePermission.contains(_permissionChecker, 200L, actionId)).thenReturn(true);
		}
	}

	private <T> T _inject(T command) throws Exception {
		for (Field field : command.getClass().getDeclaredFields()) {
			field.setAccessible(true);

			if (field.getType() == LibraryService.class) {
				field.set(command, _libraryService);
			}
			else if (field.getType() == PortletResourcePermission.class) {
				field.set(command, _portletResourcePermission);
			}
			else if (field.getType() == DLAppService.class) {
				field.set(command, mock(DLAppService.class));
			}
		}

		return command;
	}

	private void _param(String name, String value) {
		when(_renderRequest.getParameter(name)).thenReturn(value);
	}

}
