package ru.opora.cooperation.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Cooperation settings of the region (Instance Settings > Opora): the site
 * whose Documents and Media root holds the region's agreement template.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "ru.opora.cooperation.configuration.CooperationRegionConfiguration",
	localization = "content/Language",
	name = "opora-cooperation-region-configuration-name"
)
public interface CooperationRegionConfiguration {

	@Meta.AD(deflt = "/region", name = "opora-cooperation-region-site-friendly-url", required = false)
	public String regionSiteFriendlyURL();

}
