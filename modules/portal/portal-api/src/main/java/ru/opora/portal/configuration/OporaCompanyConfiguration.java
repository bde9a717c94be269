package ru.opora.portal.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The region's (portal instance's) values (Instance Settings &gt; Opora),
 * used by every municipality that does not set its own in
 * {@link OporaSiteConfiguration}. Values not set for the instance come from
 * System Settings &gt; Opora, then from the defaults declared here.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "ru.opora.portal.configuration.OporaCompanyConfiguration",
	localization = "content/Language",
	name = "opora-company-configuration-name"
)
public interface OporaCompanyConfiguration {

	@Meta.AD(deflt = "true", name = "opora-feature-schools", required = false)
	public boolean schoolsEnabled();

	@Meta.AD(
		deflt = "true", name = "opora-feature-risk-profiles", required = false
	)
	public boolean riskProfilesEnabled();

	@Meta.AD(deflt = "true", name = "opora-feature-mentoring", required = false)
	public boolean mentoringEnabled();

	@Meta.AD(
		deflt = "true", name = "opora-feature-cooperation", required = false
	)
	public boolean cooperationEnabled();

	@Meta.AD(
		deflt = "true", name = "opora-feature-diagnostics", required = false
	)
	public boolean diagnosticsEnabled();

	@Meta.AD(
		deflt = "true", name = "opora-feature-monitoring", required = false
	)
	public boolean monitoringEnabled();

	@Meta.AD(
		deflt = "2", description = "opora-curator-capacity-help",
		name = "opora-curator-capacity", required = false
	)
	public int curatorCapacity();

	@Meta.AD(
		deflt = "3", description = "opora-max-priority-factors-help",
		name = "opora-max-priority-factors", required = false
	)
	public int maxPriorityFactors();

}
