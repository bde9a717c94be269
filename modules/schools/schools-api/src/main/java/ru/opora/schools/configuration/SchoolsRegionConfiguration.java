package ru.opora.schools.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The region of a portal instance (Instance Settings > Opora): the site whose
 * Schools portlet lists the schools of every municipality site, for the
 * regional coordinators.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "ru.opora.schools.configuration.SchoolsRegionConfiguration",
	localization = "content/Language",
	name = "opora-schools-region-configuration-name"
)
public interface SchoolsRegionConfiguration {

	/** Friendly URL of the region site, e.g. {@code /region}. */
	@Meta.AD(deflt = "/region", name = "opora-region-site-friendly-url", required = false)
	public String regionSiteFriendlyURL();

}
