package ru.opora.cooperation.internal.notifications;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.cooperation.model.CooperationAgreement;
import ru.opora.cooperation.service.CooperationAgreementLocalService;
import ru.opora.domain.cooperation.AgreementStatus;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ExpiryAlert;

/**
 * The daily job's work on every signed, active or expired agreement: the
 * life-cycle step (activation, prolongation, expiry), then the expiry alert
 * due (30 and 7 days before, on expiry), each sent once. One agreement's
 * failure is logged and does not stop the others; its alert is retried by
 * the next run.
 *
 * @author Opora
 */
@Component(service = CooperationDailyJob.class)
public class CooperationDailyJob {

	/** @return how many alerts were handled (sent and recorded) */
	public int run(LocalDate today) {
		List<CooperationAgreement> agreements = new ArrayList<>();

		for (AgreementStatus status : new AgreementStatus[] {
				AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRED
			}) {

			agreements.addAll(_cooperationAgreementLocalService.getAgreementsByStatus(status.code()));
		}

		int count = 0;

		for (CooperationAgreement agreement : agreements) {
			try {
				_cooperationAgreementLocalService.runDailyStep(agreement.getAgreementId(), today);

				CooperationAgreement current = _cooperationAgreementLocalService.getCooperationAgreement(
					agreement.getAgreementId());

				AgreementTerm term = current.getTerm();

				if (term == null) {
					continue;
				}

				Optional<ExpiryAlert> alert = ExpiryAlert.due(
					current.getAgreementStatus(), term, current.getLastExpiryAlert(), today);

				if (alert.isPresent()) {
					_cooperationNotifications.expiryAlert(current, alert.get());
					_cooperationAgreementLocalService.markAlertSent(current.getAgreementId(), alert.get().code());

					count++;
				}
			}
			catch (Exception exception) {
				_log.error("Unable to run the daily step of agreement " + agreement.getAgreementId(), exception);
			}
		}

		return count;
	}

	private static final Log _log = LogFactoryUtil.getLog(CooperationDailyJob.class);

	@Reference
	private CooperationAgreementLocalService _cooperationAgreementLocalService;

	@Reference
	private CooperationNotifications _cooperationNotifications;

}
