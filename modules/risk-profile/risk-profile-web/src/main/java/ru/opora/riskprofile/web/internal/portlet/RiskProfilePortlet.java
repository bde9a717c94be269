package ru.opora.riskprofile.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import ru.opora.riskprofile.constants.RiskProfilePortletKeys;

/**
 * The Risk profile portlet: the schools of the site the user may see with
 * their monitoring status, a school's profile, priorities and verification,
 * its documents with the review, and the questionnaires.
 *
 * @author Opora
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-opora-risk-profile",
		"com.liferay.portlet.display-category=category.opora",
		"com.liferay.portlet.header-portlet-css=/css/main.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Risk profile",
		"javax.portlet.init-param.add-process-action-success-action=false",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + RiskProfilePortletKeys.RISK_PROFILE,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=guest,power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class RiskProfilePortlet extends MVCPortlet {
}
