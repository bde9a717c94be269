<!DOCTYPE html>

<#include init />

<html class="${root_css_class}" dir="<@liferay.language key="lang.dir" />" lang="${w3c_language_id}">

<head>
	<title>${html_title}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />

	<@liferay_util["include"] page=top_head_include />
</head>

<body class="${css_class}">

<@liferay_ui["quick-access"] contentId="#main-content" />

<@liferay_util["include"] page=body_top_include />

<@liferay.control_menu />

<div class="position-relative" id="wrapper">
	<header class="opora-header" id="banner" role="banner">
		<div class="container-fluid container-fluid-max-xl">
			<div class="align-items-center d-flex flex-wrap justify-content-between" id="heading">
				<div aria-level="1" class="site-title" role="heading">
					<a class="opora-brand ${logo_css_class}" href="${site_default_url}" title="<@liferay.language_format arguments="${site_name}" key="go-to-x" />">
						<img alt="${opora_logo_alt}" class="opora-logo" src="${opora_logo_url}" />

						<#if show_site_name>
							<span class="site-name">${site_name}</span>
						</#if>
					</a>
				</div>

				<#if !is_signed_in>
					<a data-redirect="${is_login_redirect_required?string}" href="${sign_in_url}" id="sign-in" rel="nofollow">${sign_in_text}</a>
				</#if>
			</div>

			<#if has_navigation && is_setup_complete>
				<#include "${full_templates_path}/navigation.ftl" />
			</#if>
		</div>
	</header>

	<main class="container-fluid container-fluid-max-xl" id="content">
		<h2 class="hide-accessible sr-only" role="heading" aria-level="1">${the_title}</h2>

		<#if selectable>
			<@liferay_util["include"] page=content_include />
		<#else>
			${portletDisplay.recycle()}

			${portletDisplay.setTitle(the_title)}

			<@liferay_theme["wrap-portlet"] page="portlet.ftl">
				<@liferay_util["include"] page=content_include />
			</@>
		</#if>
	</main>

	<footer class="opora-footer" id="footer" role="contentinfo">
		<div class="container-fluid container-fluid-max-xl">
			<p class="opora-footer-text">${opora_footer_text}</p>
		</div>
	</footer>
</div>

<@liferay_util["include"] page=body_bottom_include />

<@liferay_util["include"] page=bottom_include />

</body>

</html>
