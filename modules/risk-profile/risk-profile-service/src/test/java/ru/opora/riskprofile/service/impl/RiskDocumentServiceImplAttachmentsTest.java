package ru.opora.riskprofile.service.impl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.riskprofile.constants.RiskProfileActionKeys;
import ru.opora.riskprofile.internal.security.permission.resource.RiskSchoolPermission;
import ru.opora.riskprofile.model.RiskDocument;
import ru.opora.riskprofile.service.RiskDocumentLocalService;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;
import ru.opora.testing.Fields;

/** Attached files: the school's team attaches, whoever sees the document reads; nobody else. */
class RiskDocumentServiceImplAttachmentsTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_service, "riskDocumentLocalService", _localService);
		Fields.set(_service, "_modelResourcePermission", _modelResourcePermission);
		Fields.set(_service, "_riskSchoolPermission", _riskSchoolPermission);
		Fields.set(_service, "_schoolLocalService", _schoolLocalService);

		when(_permissionChecker.getUserId()).thenReturn(501L);
		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(501L);

		RiskDocument document = mock(RiskDocument.class);

		when(document.getSchoolId()).thenReturn(7L);
		when(_localService.getRiskDocument(77L)).thenReturn(document);
		when(_schoolLocalService.getSchool(7L)).thenReturn(_school);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void attachingNeedsUpdateOnTheSchoolsDocuments() throws Exception {
		byte[] bytes = {1};

		_service.addAttachment(77L, "scan.pdf", "application/pdf", bytes);

		verify(_localService).addAttachment(501L, 77L, "scan.pdf", "application/pdf", bytes);

		doThrow(
			new PrincipalException.MustHavePermission(501L, School.class.getName(), 7L, RiskProfileActionKeys.UPDATE)
		).when(
			_riskSchoolPermission
		).check(_permissionChecker, _school, RiskProfileActionKeys.UPDATE);

		assertThrows(PrincipalException.class, () -> _service.addAttachment(77L, "other.pdf", "application/pdf", bytes));
	}

	@Test
	void readingNeedsViewOnTheDocument() throws Exception {
		_service.getAttachments(77L);
		_service.getAttachment(77L, 5L);

		verify(_localService).getAttachments(77L);
		verify(_localService).getAttachment(77L, 5L);
	}

	@Test
	void withoutViewNothingIsRead() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(501L, RiskDocument.class.getName(), 77L, RiskProfileActionKeys.VIEW)
		).when(
			_modelResourcePermission
		).check(any(PermissionChecker.class), anyLong(), anyString());

		RiskDocumentLocalService untouched = mock(RiskDocumentLocalService.class);

		Fields.set(_service, "riskDocumentLocalService", untouched);

		assertThrows(PrincipalException.class, () -> _service.getAttachments(77L));
		assertThrows(PrincipalException.class, () -> _service.getAttachment(77L, 5L));
		verifyNoInteractions(untouched);
	}

	private final RiskDocumentLocalService _localService = mock(RiskDocumentLocalService.class);
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<RiskDocument> _modelResourcePermission = mock(ModelResourcePermission.class);
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final RiskSchoolPermission _riskSchoolPermission = mock(RiskSchoolPermission.class);
	private final School _school = mock(School.class);
	private final SchoolLocalService _schoolLocalService = mock(SchoolLocalService.class);
	private final RiskDocumentServiceImpl _service = new RiskDocumentServiceImpl();

}
