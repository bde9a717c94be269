package ru.opora.cooperation.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import ru.opora.cooperation.constants.CooperationPortletKeys;

/**
 * Cooperation agreements of the current site (municipality, or the region
 * for its coordinators): register, card, edit form, needs attention, network.
 *
 * @author Opora
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-opora-cooperation",
		"com.liferay.portlet.display-category=category.opora",
		"com.liferay.portlet.header-portlet-css=/css/main.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Cooperation",
		"javax.portlet.init-param.add-process-action-success-action=false",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view_agreements.jsp",
		"javax.portlet.name=" + CooperationPortletKeys.COOPERATION,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class CooperationPortlet extends MVCPortlet {
}
