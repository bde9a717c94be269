package ru.opora.mentoring.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import ru.opora.mentoring.constants.MentoringPortletKeys;

/**
 * Mentoring in the current site (municipality): coordinators' assignment list,
 * suggestions and export; curators' schools, support plans and calendar; a
 * school's mentor.
 *
 * @author Opora
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-opora-mentoring",
		"com.liferay.portlet.display-category=category.opora",
		"com.liferay.portlet.header-portlet-css=/css/main.css",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Mentoring",
		"javax.portlet.init-param.add-process-action-success-action=false",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view_my_mentor.jsp",
		"javax.portlet.name=" + MentoringPortletKeys.MENTORING,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MentoringPortlet extends MVCPortlet {
}
