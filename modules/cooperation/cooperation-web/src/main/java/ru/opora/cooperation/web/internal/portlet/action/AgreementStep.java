package ru.opora.cooperation.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import ru.opora.cooperation.exception.CooperationValidationException;
import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.web.internal.constants.CooperationWebKeys;
import ru.opora.cooperation.web.internal.util.ActionResults;

/**
 * What the step commands of the card share: read the agreement id and the
 * user's text, call the service, then the success message or the card again
 * with the violations.
 *
 * @author Opora
 */
final class AgreementStep {

	/** One step of the agreement service. */
	interface Step {

		public void apply(long agreementId, String text, ServiceContext serviceContext) throws PortalException;

	}

	static void process(
			ActionRequest actionRequest, ActionResponse actionResponse, Portal portal, String textParameterName,
			Step step)
		throws Exception {

		long agreementId = ParamUtil.getLong(actionRequest, "agreementId");
		String text = (textParameterName == null) ? "" : ParamUtil.getString(actionRequest, textParameterName).trim();

		try {
			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				CooperationAgreement.class.getName(), actionRequest);

			step.apply(agreementId, text, serviceContext);

			ActionResults.succeed(actionRequest, actionResponse, portal);
		}
		catch (CooperationValidationException cooperationValidationException) {
			ActionResults.showFormAgain(
				actionRequest, actionResponse, portal, cooperationValidationException,
				CooperationWebKeys.MVC_VIEW_AGREEMENT);
		}
	}

	private AgreementStep() {
	}

}
