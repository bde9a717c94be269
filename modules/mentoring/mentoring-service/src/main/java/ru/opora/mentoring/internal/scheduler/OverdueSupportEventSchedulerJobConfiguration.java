/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.mentoring.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.mentoring.internal.notifications.OverdueSupportEventNotifier;

/**
 * Every day at 07:00 (server time) tells curators about support events whose
 * report is overdue. Registered with the portal's scheduler through
 * {@link SchedulerJobConfiguration} (7.4's way; one node of a cluster runs
 * it).
 *
 * @author Opora
 */
@Component(service = SchedulerJobConfiguration.class)
public class OverdueSupportEventSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	public static final String CRON_EXPRESSION = "0 0 7 * * ?";

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> _overdueSupportEventNotifier.notifyOverdueSupportEvents(
			LocalDate.now());
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			CRON_EXPRESSION);
	}

	@Reference
	private OverdueSupportEventNotifier _overdueSupportEventNotifier;

}
