package ru.opora.library.internal.instance.lifecycle;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.library.internal.installer.LibrarySetup;
import ru.opora.library.internal.installer.LibraryTypeInstaller;
import ru.opora.testing.Fields;

/** Start-up: the company-level set-up always, the folders of the template's municipalities once the region exists. */
class LibraryPortalInstanceLifecycleListenerTest {

	private final Company _company = mock(Company.class);
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final LibrarySetup _librarySetup = mock(LibrarySetup.class);
	private final LibraryPortalInstanceLifecycleListener _listener = new LibraryPortalInstanceLifecycleListener();
	private final LibraryTypeInstaller.Result _result = mock(LibraryTypeInstaller.Result.class);

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_listener, "_groupLocalService", _groupLocalService);
		Fields.set(_listener, "_librarySetup", _librarySetup);

		// Demo data off: opora.demo.data.enabled is not set.

		PropsUtil.setProps(mock(Props.class));

		when(_company.getCompanyId()).thenReturn(10L);
		when(_librarySetup.installCompany(10L)).thenReturn(_result);
	}

	@Test
	void withoutTheRegionOnlyTheCompanyLevelIsSetUp() throws Exception {
		_listener.portalInstanceRegistered(_company);

		verify(_librarySetup).installCompany(10L);
		verify(_librarySetup, never()).installMunicipality(any(), any(), any(), any());
	}

	@Test
	void everyMunicipalityOfTheTemplateGetsItsFoldersButNotTheRegionItself() throws Exception {
		Group region = _group(100L);
		Group ivanteevka = _group(200L);
		Group rayon2 = _group(300L);

		when(_librarySetup.fetchRegionGroup(10L)).thenReturn(region);
		when(_librarySetup.getMunicipalityGroupIds(10L)).thenReturn(Set.of(100L, 200L, 300L, 400L));
		when(_groupLocalService.fetchGroup(100L)).thenReturn(region);
		when(_groupLocalService.fetchGroup(200L)).thenReturn(ivanteevka);
		when(_groupLocalService.fetchGroup(300L)).thenReturn(rayon2);

		_listener.portalInstanceRegistered(_company);

		verify(_librarySetup).installMunicipality(eq(_result), eq(region), eq(ivanteevka), any());
		verify(_librarySetup).installMunicipality(eq(_result), eq(region), eq(rayon2), any());
		verify(_librarySetup, never()).installMunicipality(any(), any(), eq(region), any());
	}

	private Group _group(long groupId) {
		Group group = mock(Group.class);

		when(group.getGroupId()).thenReturn(groupId);

		return group;
	}

}
