package ru.opora.riskprofile.internal.notifications;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;

/**
 * Renders the risk profile notifications from their payload in the
 * recipient's language (content/Language of this bundle).
 *
 * @author Opora
 */
@Component(
	property = "javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
	service = UserNotificationHandler.class
)
public class RiskProfileUserNotificationHandler extends BaseUserNotificationHandler {

	public RiskProfileUserNotificationHandler() {
		setPortletId(RiskProfilePortletKeys.RISK_PROFILE);
	}

	/** The body text of the payload in the locale, HTML-escaped. */
	public String getBody(String payload, Locale locale) throws Exception {
		return getBody(_jsonFactory.createJSONObject(payload), locale);
	}

	/**
	 * The body text of the payload in the locale, HTML-escaped (the bell and
	 * the e-mail); null for a type this bundle does not know, so that the
	 * bell leaves it out rather than showing it as another step.
	 */
	public static String getBody(JSONObject jsonObject, Locale locale) {
		String key = RiskProfileNotificationTypes.key(
			jsonObject.getInt(RiskProfileNotificationTypes.KEY_NOTIFICATION_TYPE));

		if (key == null) {
			return null;
		}

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, RiskProfileUserNotificationHandler.class);

		String what = jsonObject.getString(RiskProfileNotificationTypes.KEY_FACTOR_CODE);
		String documentType = jsonObject.getString(RiskProfileNotificationTypes.KEY_DOCUMENT_TYPE);

		if (Validator.isNotNull(documentType)) {
			String typeKey = "opora-risk-document-type-" + documentType;

			what = (resourceBundle.containsKey(typeKey) ? resourceBundle.getString(typeKey) : documentType) +
				(Validator.isNull(what) ? "" : (" " + what));
		}

		return ResourceBundleUtil.getString(
			resourceBundle, "opora-risk-notification-" + key,
			HtmlUtil.escape(jsonObject.getString(RiskProfileNotificationTypes.KEY_ACTOR_NAME)),
			HtmlUtil.escape(jsonObject.getString(RiskProfileNotificationTypes.KEY_SCHOOL_NAME)), HtmlUtil.escape(what));
	}

	@Override
	protected String getBody(UserNotificationEvent userNotificationEvent, ServiceContext serviceContext)
		throws Exception {

		return getBody(userNotificationEvent.getPayload(), serviceContext.getLocale());
	}

	@Reference
	private JSONFactory _jsonFactory;

}
