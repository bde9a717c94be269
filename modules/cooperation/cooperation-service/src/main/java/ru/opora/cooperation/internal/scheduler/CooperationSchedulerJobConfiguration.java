package ru.opora.cooperation.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.internal.notifications.CooperationDailyJob;

/**
 * Every day at 06:30 (server time) moves agreements along their life cycle
 * and sends the expiry alerts. Registered with the portal's scheduler
 * through {@link SchedulerJobConfiguration} (one node of a cluster runs it).
 *
 * @author Opora
 */
@Component(service = SchedulerJobConfiguration.class)
public class CooperationSchedulerJobConfiguration implements SchedulerJobConfiguration {

	public static final String CRON_EXPRESSION = "0 30 6 * * ?";

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> _cooperationDailyJob.run(LocalDate.now());
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(CRON_EXPRESSION);
	}

	@Reference
	private CooperationDailyJob _cooperationDailyJob;

}
