package ru.opora.diagnostics.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import ru.opora.diagnostics.constants.DiagnosticsPortletKeys;

/**
 * Teachers' professional-deficit diagnostics in the current site: a teacher's
 * own diagnostics, results and route; school leaders' view of their school;
 * coordinators' sessions and aggregates; methodologists' item bank.
 *
 * @author Opora
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-opora-diagnostics",
		"com.liferay.portlet.display-category=category.opora",
		"com.liferay.portlet.header-portlet-css=/css/main.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Diagnostics",
		"javax.portlet.init-param.add-process-action-success-action=false",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + DiagnosticsPortletKeys.DIAGNOSTICS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class DiagnosticsPortlet extends MVCPortlet {
}
