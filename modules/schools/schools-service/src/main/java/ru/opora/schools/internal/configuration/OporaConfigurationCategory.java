package ru.opora.schools.internal.configuration;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Opora" category of System, Instance and Site Settings, where the
 * municipality's identification rules are edited.
 *
 * @author Opora
 */
@Component(service = ConfigurationCategory.class)
public class OporaConfigurationCategory implements ConfigurationCategory {

	@Override
	public String getCategoryIcon() {
		return "users";
	}

	@Override
	public String getCategoryKey() {
		return "opora";
	}

	@Override
	public String getCategorySection() {
		return "other";
	}

}
