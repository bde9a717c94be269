package ru.opora.library.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.library.configuration.LibraryConfiguration;
import ru.opora.library.constants.LibraryActionKeys;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.constants.LibraryPortletKeys;
import ru.opora.library.exception.MaterialValidationException;
import ru.opora.library.service.LibraryService;
import ru.opora.library.web.internal.constants.LibraryWebKeys;
import ru.opora.library.web.internal.display.context.FieldError;
import ru.opora.library.web.internal.display.context.Translator;
import ru.opora.library.web.internal.display.context.UploadDisplayContext;


/**
 * The upload form, empty or with a rejected attempt's values and errors; the
 * author's school defaults to the user's organization (their school).
 *
 * @author Opora
 */
@Component(
	property = {
		"javax.portlet.name=" + LibraryPortletKeys.LIBRARY,
		"mvc.command.name=" + LibraryWebKeys.MVC_UPLOAD
	},
	service = MVCRenderCommand.class
)
public class UploadMaterialMVCRenderCommand implements MVCRenderCommand {

	/** The form's fields, as request parameters. */
	public static final String[] FIELDS = {
		"title", "description", "subject", "grades", "type", "riskFactors",
		"competences", "authorSchool"
	};

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			if (!LibraryScreens.can(
					_portletResourcePermission, themeDisplay,
					LibraryActionKeys.ADD_MATERIAL)) {

				return "/no_access.jsp";
			}

			Map<String, String> values = new LinkedHashMap<>();

			for (String field : FIELDS) {
				values.put(field, ParamUtil.getString(renderRequest, field));
			}

			if (values.get("authorSchool").isEmpty()) {
				List<Organization> organizations =
					themeDisplay.getUser().getOrganizations();

				if (!organizations.isEmpty()) {
					values.put("authorSchool", organizations.get(0).getName());
				}
			}

			Translator translator = Translator.of(themeDisplay.getLocale());

			LibraryConfiguration configuration =
				_configurationProvider.getCompanyConfiguration(
					LibraryConfiguration.class, themeDisplay.getCompanyId());

			renderRequest.setAttribute(
				LibraryWebKeys.DISPLAY_CONTEXT,
				new UploadDisplayContext(
					LibraryScreens.labels(
						_libraryService, themeDisplay, translator),
					values,
					FieldError.of(
						(MaterialValidationException)SessionErrors.get(
							renderRequest, MaterialValidationException.class),
						translator),
					configuration.maxFileSizeMB()));
		}
		catch (Exception exception) {
			throw new PortletException(exception);
		}

		return "/upload.jsp";
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private LibraryService _libraryService;

	@Reference(
		target = "(resource.name=" + LibraryConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
