package ru.opora.diagnostics.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The region's privacy settings for diagnostics (Instance Settings > Opora):
 * whether coordinators may see teachers' individual results (152-ФЗ; off by
 * default, then they see aggregates only), and how long a proposed route
 * (ИОМ) runs.
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

}
