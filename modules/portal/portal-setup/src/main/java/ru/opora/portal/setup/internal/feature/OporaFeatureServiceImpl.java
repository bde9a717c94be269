package ru.opora.portal.setup.internal.feature;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.GroupLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.portal.configuration.OporaCompanyConfiguration;
import ru.opora.portal.configuration.OporaSiteConfiguration;
import ru.opora.portal.feature.OporaFeature;
import ru.opora.portal.feature.OporaFeatureService;

/**
 * Reads the site's {@link OporaSiteConfiguration} and the region's
 * {@link OporaCompanyConfiguration} and resolves them with
 * {@link OporaSettingsResolver}: site, then region, then system defaults.
 *
 * <p>
 * Why two configurations: {@code getGroupConfiguration} already falls back to
 * a value stored for the same PID at company and system scope, but a
 * configuration read with its declared defaults cannot tell "not set" from
 * "set to the default". So the site's values have an explicit "use the
 * region's value" state ({@code inherit}, 0) and the region's values are a
 * separate COMPANY-scoped PID, which {@code getCompanyConfiguration} resolves
 * from Instance Settings, then System Settings, then its declared defaults.
 * </p>
 *
 * @author Opora
 */
@Component(service = OporaFeatureService.class)
public class OporaFeatureServiceImpl implements OporaFeatureService {

	@Override
	public int getCuratorCapacity(long groupId) throws PortalException {
		return OporaSettingsResolver.getCuratorCapacity(
			_getSiteConfiguration(groupId), _getCompanyConfiguration(groupId));
	}

	@Override
	public int getMaxPriorityFactors(long groupId) throws PortalException {
		return OporaSettingsResolver.getMaxPriorityFactors(
			_getSiteConfiguration(groupId), _getCompanyConfiguration(groupId));
	}

	@Override
	public boolean isEnabled(long groupId, OporaFeature feature)
		throws PortalException {

		return OporaSettingsResolver.isEnabled(
			feature, _getSiteConfiguration(groupId),
			_getCompanyConfiguration(groupId));
	}

	private OporaCompanyConfiguration _getCompanyConfiguration(long groupId)
		throws PortalException {

		Group group = _groupLocalService.getGroup(groupId);

		return _configurationProvider.getCompanyConfiguration(
			OporaCompanyConfiguration.class, group.getCompanyId());
	}

	private OporaSiteConfiguration _getSiteConfiguration(long groupId)
		throws PortalException {

		return _configurationProvider.getGroupConfiguration(
			OporaSiteConfiguration.class, groupId);
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private GroupLocalService _groupLocalService;

}
