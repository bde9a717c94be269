package ru.opora.schools.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ru.opora.schools.web.internal.display.context.RegionSchoolsTest;
import ru.opora.domain.identification.IdentificationRules;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.portal.feature.FeatureAvailability;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.schools.exception.NoSuchSchoolException;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.service.AssessmentResultService;
import ru.opora.schools.service.SchoolContextService;
import ru.opora.schools.service.SchoolService;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;
import ru.opora.schools.web.internal.display.context.EditAssessmentResultDisplayContext;
import ru.opora.schools.web.internal.display.context.EditSchoolDisplayContext;
import ru.opora.schools.web.internal.display.context.SchoolSummary;
import ru.opora.schools.web.internal.display.context.SchoolsDisplayContext;
import ru.opora.schools.web.internal.display.context.ViewSchoolDisplayContext;
import ru.opora.testing.portlet.PortletRequests;

/** The render commands load through the permission-checked services and pick the JSP. */
class RenderCommandsTest {

	static School school(long schoolId, long groupId, String name) {
		School school = mock(School.class);

		when(school.getSchoolId()).thenReturn(schoolId);
		when(school.getGroupId()).thenReturn(groupId);
		when(school.getName()).thenReturn(name);
		when(school.toSchoolData()).thenReturn(
			new SchoolData(
				schoolId, name, null, null, SettlementType.URBAN, SchoolLevel.SECONDARY, false, 0, null, null, null,
				null, null, SchoolStatus.ACTIVE));

		return school;
	}

	@BeforeEach
	void setUp() throws Exception {
		when(_schoolService.getIdentificationRules(anyLong())).thenReturn(IdentificationRules.defaults());

		_sessionErrors = Mockito.mockStatic(SessionErrors.class);
	}

	@AfterEach
	void tearDown() {
		_sessionErrors.close();
	}

	@Test
	void listShowsTheSchoolsOfTheScopeGroupNeverOfARequestParameter() throws Exception {
		School school = school(7, PortletRequests.SCOPE_GROUP_ID, "СОШ № 7");

		when(_schoolService.getGroupSchools(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(school));

		ViewSchoolsMVCRenderCommand command = new ViewSchoolsMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest("groupId", "999");

		assertEquals("/view.jsp", command.render(renderRequest, _renderResponse));
		verify(_schoolService).getGroupSchools(PortletRequests.SCOPE_GROUP_ID);
		verify(_schoolService, never()).getGroupSchools(999);
		verify(_assessmentResultService).getSchoolAssessmentResults(7);
		verify(_schoolContextService).getSchoolContexts(7);

		SchoolsDisplayContext schoolsDisplayContext = (SchoolsDisplayContext)_displayContext(renderRequest);
		List<SchoolSummary> schoolSummaries = schoolsDisplayContext.getSchoolSummaries();

		assertEquals(1, schoolSummaries.size());
		assertSame(school, schoolSummaries.get(0).getSchool());
	}

	@Test
	void switchedOffSchoolsShowTheMessageToSiteAdministratorsOnly() throws Exception {
		when(_oporaFeatureService.isEnabled(PortletRequests.SCOPE_GROUP_ID, OporaFeature.SCHOOLS)).thenReturn(false);

		ViewSchoolsMVCRenderCommand command = new ViewSchoolsMVCRenderCommand();

		_inject(command);

		for (boolean administrator : new boolean[] {true, false}) {
			RenderRequest renderRequest = PortletRequests.renderRequest();
			PermissionChecker permissionChecker = mock(PermissionChecker.class);

			when(permissionChecker.isGroupAdmin(PortletRequests.SCOPE_GROUP_ID)).thenReturn(administrator);
			when(PortletRequests.themeDisplay(renderRequest).getPermissionChecker()).thenReturn(permissionChecker);

			assertEquals("/feature_disabled.jsp", command.render(renderRequest, _renderResponse));

			ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

			verify(renderRequest).setAttribute(eq(SchoolsWebKeys.FEATURE_AVAILABILITY), captor.capture());

			FeatureAvailability featureAvailability = (FeatureAvailability)captor.getValue();

			assertEquals(false, featureAvailability.isEnabled());
			assertEquals(administrator, featureAvailability.isShowDisabledMessage());
			verify(renderRequest, never()).setAttribute(eq(SchoolsWebKeys.DISPLAY_CONTEXT), any());
		}

		verify(_schoolService, never()).getGroupSchools(anyLong());
	}

	@Test
	void schoolCardIsRenderedForAVisibleSchool() throws Exception {
		School school = school(7, 31, "СОШ № 7");
		AssessmentResult assessmentResult = mock(AssessmentResult.class);

		when(assessmentResult.toResultFigures()).thenReturn(
			new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 4, 8, 6, 2, null, null));
		when(_schoolService.getSchool(7)).thenReturn(school);
		when(_schoolService.getGroupSchools(31)).thenReturn(List.of(school));
		when(_assessmentResultService.getSchoolAssessmentResults(7)).thenReturn(List.of(assessmentResult));

		ViewSchoolMVCRenderCommand command = new ViewSchoolMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest("schoolId", "7");

		assertEquals("/view_school.jsp", command.render(renderRequest, _renderResponse));

		ViewSchoolDisplayContext viewSchoolDisplayContext = (ViewSchoolDisplayContext)_displayContext(renderRequest);

		assertSame(school, viewSchoolDisplayContext.getSchool());
		assertEquals(1, viewSchoolDisplayContext.getClassifications().size());
		assertEquals(2024, viewSchoolDisplayContext.getKeyFigures().get(0).getYear());
	}

	@Test
	void schoolCardOfAForbiddenSchoolShowsTheErrorPage() throws Exception {
		when(_schoolService.getSchool(anyLong())).thenThrow(
			new PrincipalException.MustHavePermission(0, School.class.getName(), 7, "VIEW"));

		ViewSchoolMVCRenderCommand command = new ViewSchoolMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest("schoolId", "7");

		assertEquals("/error.jsp", command.render(renderRequest, _renderResponse));
		_sessionErrors.verify(() -> SessionErrors.add(renderRequest, PrincipalException.class));
		verify(renderRequest, never()).setAttribute(eq(SchoolsWebKeys.DISPLAY_CONTEXT), any());
	}

	@Test
	void missingSchoolShowsTheErrorPage() throws Exception {
		when(_schoolService.getSchool(anyLong())).thenThrow(new NoSuchSchoolException());

		EditSchoolMVCRenderCommand command = new EditSchoolMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest("schoolId", "8");

		assertEquals("/error.jsp", command.render(renderRequest, _renderResponse));
		_sessionErrors.verify(() -> SessionErrors.add(renderRequest, NoSuchSchoolException.class));
	}

	@Test
	void addSchoolFormOffersTheScopeGroupSchoolsAsMainSchools() throws Exception {
		School school = school(1, PortletRequests.SCOPE_GROUP_ID, "СОШ № 1");

		when(_schoolService.getGroupSchools(PortletRequests.SCOPE_GROUP_ID)).thenReturn(List.of(school));

		EditSchoolMVCRenderCommand command = new EditSchoolMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest();

		assertEquals("/edit_school.jsp", command.render(renderRequest, _renderResponse));
		verify(_schoolService, never()).getSchool(anyLong());

		EditSchoolDisplayContext editSchoolDisplayContext = (EditSchoolDisplayContext)_displayContext(renderRequest);

		assertNull(editSchoolDisplayContext.getSchool());
		assertEquals(0, editSchoolDisplayContext.getSchoolId());
		assertEquals("secondary", editSchoolDisplayContext.getValue("level"));
	}

	@Test
	void resultFormStartsFromTheChosenResult() throws Exception {
		School school = school(7, 31, "СОШ № 7");
		AssessmentResult other = mock(AssessmentResult.class);
		AssessmentResult chosen = mock(AssessmentResult.class);

		when(other.getAssessmentResultId()).thenReturn(100L);
		when(chosen.getAssessmentResultId()).thenReturn(101L);
		when(chosen.toResultFigures()).thenReturn(
			new ResultFigures(AssessmentType.OGE, 2023, 9, "Математика", 25, 5, 10, 7, 3, 3.3, null));
		when(_schoolService.getSchool(7)).thenReturn(school);
		when(_assessmentResultService.getSchoolAssessmentResults(7)).thenReturn(List.of(other, chosen));

		EditAssessmentResultMVCRenderCommand command = new EditAssessmentResultMVCRenderCommand();

		_inject(command);

		RenderRequest renderRequest = PortletRequests.renderRequest("schoolId", "7", "assessmentResultId", "101");

		assertEquals("/edit_assessment_result.jsp", command.render(renderRequest, _renderResponse));

		EditAssessmentResultDisplayContext displayContext =
			(EditAssessmentResultDisplayContext)_displayContext(renderRequest);

		assertEquals("oge", displayContext.getValue("assessment"));
		assertEquals("9", displayContext.getValue("grade"));
		assertEquals("3.3", displayContext.getValue("meanScore"));
		assertEquals("", displayContext.getValue("shareBelowThreshold"));
	}

	private Object _displayContext(RenderRequest renderRequest) {
		ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);

		verify(renderRequest).setAttribute(eq(SchoolsWebKeys.DISPLAY_CONTEXT), captor.capture());

		return captor.getValue();
	}

	private static OporaFeatureService _enabledEverywhere() {
		OporaFeatureService oporaFeatureService = mock(OporaFeatureService.class);

		try {
			when(oporaFeatureService.isEnabled(anyLong(), any(OporaFeature.class))).thenReturn(true);
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}

		return oporaFeatureService;
	}

	private void _inject(Object command) throws Exception {
		for (java.lang.reflect.Field field : command.getClass().getDeclaredFields()) {
			Object value = null;

			if (field.getType() == SchoolService.class) {
				value = _schoolService;
			}
			else if (field.getType() == AssessmentResultService.class) {
				value = _assessmentResultService;
			}
			else if (field.getType() == SchoolContextService.class) {
				value = _schoolContextService;
			}
			else if (field.getType() == Portal.class) {
				value = _portal;
			}
			else if (field.getType() == ConfigurationProvider.class) {
				value = RegionSchoolsTest.configurationProvider("/region");
			}
			else if (field.getType() == GroupLocalService.class) {
				value = mock(GroupLocalService.class);

			}
			else if (field.getType() == OporaFeatureService.class) {
				value = _oporaFeatureService;
			}
			else if (field.getType() == ModelResourcePermission.class) {
				value = mock(ModelResourcePermission.class);
			}
			else if (field.getType() == PortletResourcePermission.class) {
				value = mock(PortletResourcePermission.class);
			}

			if (value != null) {
				field.setAccessible(true);
				field.set(command, value);
			}
		}
	}

	private final AssessmentResultService _assessmentResultService = mock(AssessmentResultService.class);
	private final Portal _portal = mock(Portal.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final OporaFeatureService _oporaFeatureService = _enabledEverywhere();
	private final SchoolContextService _schoolContextService = mock(SchoolContextService.class);
	private final SchoolService _schoolService = mock(SchoolService.class);
	private MockedStatic<SessionErrors> _sessionErrors;

}
