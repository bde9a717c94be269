package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.ItemView;
import ru.opora.diagnostics.web.internal.util.AnswerForm;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.AnswerText;
import ru.opora.domain.diagnostics.Answers;

/** One page of an attempt in progress: the items of one competence, with the saved answers. */
public class TakeDisplayContext extends BaseDisplayContext {

	public TakeDisplayContext(RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		_attemptId = ParamUtil.getLong(renderRequest, "attemptId");

		Attempt attempt = services.getAttemptService().getAttempt(_attemptId);

		_answers = Answers.decode(attempt.getAnswers());
		_names = services.getAttemptService().getCompetenceNames(attempt.getBankVersion());

		for (ItemView item : services.getAttemptService().getItemViews(_attemptId)) {
			_pages.computeIfAbsent(item.getCompetenceCode(), code -> new ArrayList<>()).add(item);
		}

		_page = Math.max(0, Math.min(ParamUtil.getInteger(renderRequest, "page"), _pages.size() - 1));
		_secondsLeft = _pages.isEmpty() ? 0 : services.getAttemptService().getSecondsLeft(_attemptId);
	}

	public String getAnswer(ItemView item) {
		return _answers.getOrDefault(item.getCode(), "");
	}

	public long getAttemptId() {
		return _attemptId;
	}

	public String getCompetenceName() {
		String code = getCompetenceCode();

		return _names.getOrDefault(code, code);
	}

	public String getCompetenceCode() {
		return new ArrayList<>(_pages.keySet()).get(_page);
	}

	public List<ItemView> getItems() {
		return _pages.get(getCompetenceCode());
	}

	/** The right item chosen for a left item of a matching item (0: none). */
	public int getMatch(ItemView item, int left) {
		Map<Integer, Integer> pairs = AnswerText.pairs(getAnswer(item));

		return ((pairs == null) || !pairs.containsKey(left)) ? 0 : pairs.get(left);
	}

	public int getPage() {
		return _page;
	}

	public int getPageCount() {
		return _pages.size();
	}

	public String getParameterName(ItemView item) {
		return AnswerForm.parameterName(item.getCode());
	}

	public String getParameterName(ItemView item, int left) {
		return AnswerForm.parameterName(item.getCode(), left);
	}

	public long getSecondsLeft() {
		return _secondsLeft;
	}

	public boolean isChosen(ItemView item, int option) {
		Set<Integer> chosen = AnswerText.numbers(getAnswer(item));

		return (chosen != null) && chosen.contains(option);
	}

	public boolean isEmpty() {
		return _pages.isEmpty();
	}

	public boolean isLastPage() {
		return _page == (_pages.size() - 1);
	}

	private final Map<String, String> _answers;
	private final long _attemptId;
	private final Map<String, String> _names;
	private final int _page;
	private final Map<String, List<ItemView>> _pages = new LinkedHashMap<>();
	private final long _secondsLeft;

}
