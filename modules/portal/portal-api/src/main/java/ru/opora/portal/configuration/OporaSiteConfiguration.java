package ru.opora.portal.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * What a municipality (site) switches on and its own settings (Site Settings
 * &gt; Opora). Every value defaults to "use the region's value": a feature is
 * {@code inherit} until the site says {@code enabled} or {@code disabled}, a
 * number is 0 until the site sets its own. The region's values are
 * {@link OporaCompanyConfiguration}; {@code OporaFeatureService} resolves
 * site, then region, then system defaults.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.GROUP
)
@Meta.OCD(
	id = "ru.opora.portal.configuration.OporaSiteConfiguration",
	localization = "content/Language",
	name = "opora-site-configuration-name"
)
public interface OporaSiteConfiguration {

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-schools",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String schools();

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-risk-profiles",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String riskProfiles();

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-mentoring",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String mentoring();

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-cooperation",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String cooperation();

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-diagnostics",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String diagnostics();

	@Meta.AD(
		deflt = "inherit", name = "opora-feature-monitoring",
		optionLabels = {
			"opora-feature-state-inherit", "opora-feature-state-enabled",
			"opora-feature-state-disabled"
		},
		optionValues = {"inherit", "enabled", "disabled"}, required = false
	)
	public String monitoring();

	/** 0 (or less): the region's value. */
	@Meta.AD(
		deflt = "0", description = "opora-site-curator-capacity-help",
		name = "opora-curator-capacity", required = false
	)
	public int curatorCapacity();

	/** 0 (or less): the region's value. */
	@Meta.AD(
		deflt = "0", description = "opora-site-max-priority-factors-help",
		name = "opora-max-priority-factors", required = false
	)
	public int maxPriorityFactors();

}
