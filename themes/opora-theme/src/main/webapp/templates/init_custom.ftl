<#--
Opora: texts and paths used by portal_normal.ftl.
-->

<#assign
	opora_footer_text = "Опора — поддержка школ ШНОР/ШНСУ"
	opora_logo_alt = "Опора"
	opora_logo_url = images_folder + "/opora-logo.svg"
	opora_skip_to_content = "Перейти к содержимому"
/>
