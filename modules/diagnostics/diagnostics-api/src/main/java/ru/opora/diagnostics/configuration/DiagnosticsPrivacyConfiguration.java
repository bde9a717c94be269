package ru.opora.diagnostics.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The region's privacy settings for diagnostics (Instance Settings > Opora):
 * whether coordinators may see teachers' individual results (152-ФЗ; off by
 * default, then they see aggregates only), how long a proposed route
 * (ИОМ) runs, and from which site the region's item bank is changed.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "ru.opora.diagnostics.configuration.DiagnosticsPrivacyConfiguration",
	localization = "content/Language",
	name = "diagnostics-privacy-configuration-name"
)
public interface DiagnosticsPrivacyConfiguration {

	@Meta.AD(
		deflt = "false", description = "diagnostics-coordinators-see-individual-results-help",
		name = "diagnostics-coordinators-see-individual-results", required = false
	)
	public boolean coordinatorsSeeIndividualResults();

	@Meta.AD(deflt = "12", name = "diagnostics-route-months", min = "1", max = "36", required = false)
	public int routeMonths();

	/**
	 * The friendly URL of the site whose methodologists change the company's
	 * item bank (the region's site); blank (the default, as the bank was
	 * changed before this setting): the methodologists of every site.
	 */
	@Meta.AD(
		deflt = "", description = "diagnostics-bank-site-help", name = "diagnostics-bank-site", required = false
	)
	public String bankSiteFriendlyURL();

}
