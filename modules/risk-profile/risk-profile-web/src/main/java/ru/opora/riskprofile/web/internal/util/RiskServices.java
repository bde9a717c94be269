package ru.opora.riskprofile.web.internal.util;

import com.liferay.document.library.kernel.service.DLAppService;
import com.liferay.document.library.util.DLURLHelper;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.service.LibraryService;
import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.riskprofile.service.RiskDictionaryVersionService;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.schools.service.SchoolService;

/** The permission-checked services the screens read, in one place. */
@Component(service = RiskServices.class)
public class RiskServices {

	/** The link that opens a Documents and Media file the user may see, or null. */
	public String getFileURL(long fileEntryId, ThemeDisplay themeDisplay) {
		try {
			FileEntry fileEntry = _dlAppService.getFileEntry(fileEntryId);

			return _dlURLHelper.getPreviewURL(
				fileEntry, fileEntry.getFileVersion(), themeDisplay, "");
		}
		catch (PortalException portalException) {
			return null;
		}
	}

	public LibraryService getLibraryService() {
		return _libraryService;
	}

	public OporaFeatureService getOporaFeatureService() {
		return _oporaFeatureService;
	}

	public Portal getPortal() {
		return _portal;
	}

	public RiskDictionaryVersionService getRiskDictionaryVersionService() {
		return _riskDictionaryVersionService;
	}

	public RiskDocumentService getRiskDocumentService() {
		return _riskDocumentService;
	}

	public RiskProfileService getRiskProfileService() {
		return _riskProfileService;
	}

	public RiskSurveyResponseService getRiskSurveyResponseService() {
		return _riskSurveyResponseService;
	}

	public SchoolService getSchoolService() {
		return _schoolService;
	}

	@Reference
	private DLAppService _dlAppService;

	@Reference
	private DLURLHelper _dlURLHelper;

	@Reference
	private LibraryService _libraryService;

	@Reference
	private OporaFeatureService _oporaFeatureService;

	@Reference
	private Portal _portal;

	@Reference
	private RiskDictionaryVersionService _riskDictionaryVersionService;

	@Reference
	private RiskDocumentService _riskDocumentService;

	@Reference
	private RiskProfileService _riskProfileService;

	@Reference
	private RiskSurveyResponseService _riskSurveyResponseService;

	@Reference
	private SchoolService _schoolService;

}
