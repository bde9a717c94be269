package ru.opora.portal.feature;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * What is switched on in a municipality and its settings, resolved from the
 * site's settings (Site Settings &gt; Opora), then the region's (Instance
 * Settings &gt; Opora), then the system defaults (System Settings &gt; Opora,
 * or the declared defaults of {@code OporaCompanyConfiguration}).
 *
 * @author Opora
 */
public interface OporaFeatureService {

	/** Open assignments one curator may hold at a time (default 2). */
	public int getCuratorCapacity(long groupId) throws PortalException;

	/** Risk factors a school may choose as priorities (default 3). */
	public int getMaxPriorityFactors(long groupId) throws PortalException;

	public boolean isEnabled(long groupId, OporaFeature feature)
		throws PortalException;

}
