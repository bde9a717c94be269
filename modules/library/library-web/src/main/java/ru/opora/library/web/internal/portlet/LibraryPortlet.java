package ru.opora.library.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;

import javax.portlet.Portlet;

import org.osgi.service.component.annotations.Component;

import ru.opora.library.constants.LibraryPortletKeys;

/**
 * The shared methodological library: search and filters for everyone in the
 * region, upload for teachers, the review queue for methodologists, a
 * material's card with its download.
 *
 * @author Opora
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-opora-library",
		"com.liferay.portlet.display-category=category.opora",
		"com.liferay.portlet.instanceable=false",
		"javax.portlet.display-name=Library",
		"javax.portlet.init-param.add-process-action-success-action=false",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class LibraryPortlet extends MVCPortlet {
}
