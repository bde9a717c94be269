package ru.opora.cooperation.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Cooperation settings of a municipality (Site Settings > Opora): whether the
 * municipal coordinator approves an agreement before it can be signed.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.GROUP
)
@Meta.OCD(
	id = "ru.opora.cooperation.configuration.CooperationGroupConfiguration",
	localization = "content/Language",
	name = "opora-cooperation-configuration-name"
)
public interface CooperationGroupConfiguration {

	@Meta.AD(deflt = "false", name = "opora-cooperation-coordinator-approval-required", required = false)
	public boolean coordinatorApprovalRequired();

}
