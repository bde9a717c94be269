package ru.opora.riskprofile.web.internal.util;

import com.liferay.portal.kernel.util.Portal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.feature.OporaFeatureService;
import ru.opora.riskprofile.service.RiskDictionaryVersionService;
import ru.opora.riskprofile.service.RiskDocumentService;
import ru.opora.riskprofile.service.RiskProfileService;
import ru.opora.riskprofile.service.RiskSurveyResponseService;
import ru.opora.schools.service.SchoolService;

/** The permission-checked services the screens read, in one place. */
@Component(service = RiskServices.class)
public class RiskServices {

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
