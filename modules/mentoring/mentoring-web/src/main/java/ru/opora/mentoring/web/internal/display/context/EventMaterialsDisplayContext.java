package ru.opora.mentoring.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.library.model.Material;
import ru.opora.mentoring.model.MentorAssignment;
import ru.opora.mentoring.model.SupportEvent;
import ru.opora.mentoring.web.internal.constants.MentoringWebKeys;
import ru.opora.mentoring.web.internal.util.MentoringServices;

/**
 * The library materials of one support event: those linked (each with its
 * link to open it) and, for whoever may change them, a search of the
 * region's library to tick more.
 *
 * @author Opora
 */
public class EventMaterialsDisplayContext extends BaseMentoringDisplayContext {

	public EventMaterialsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MentoringServices mentoringServices, MentorAssignment mentorAssignment,
		SupportEvent supportEvent, List<Material> linkedMaterials,
		List<Material> foundMaterials, boolean editable,
		LongFunction<String> fileURLs) {

		super(renderRequest, renderResponse, mentoringServices);

		_mentorAssignment = mentorAssignment;
		_supportEvent = supportEvent;
		_linkedMaterials = linkedMaterials;
		_foundMaterials = foundMaterials;
		_editable = editable;
		_fileURLs = fileURLs;

		for (Material material : linkedMaterials) {
			_linkedIds.add(material.getFileEntryId());
		}
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			MentoringWebKeys.MVC_EVENT_MATERIALS
		).setRedirect(
			getCurrentURL()
		).buildString();
	}

	public String getBackURL() {
		return getViewAssignmentURL(_mentorAssignment);
	}

	/** Search results not linked yet. */
	public List<Material> getFoundMaterials() {
		List<Material> found = new ArrayList<>();

		for (Material material : _foundMaterials) {
			if (!_linkedIds.contains(material.getFileEntryId())) {
				found.add(material);
			}
		}

		return found;
	}

	public String getKeywords() {
		return ParamUtil.getString(renderRequest, "keywords");
	}

	public List<Material> getLinkedMaterials() {
		return _linkedMaterials;
	}

	/** The link that opens the material's file, or null. */
	public String getMaterialURL(Material material) {
		return _fileURLs.apply(material.getFileEntryId());
	}

	public MentorAssignment getMentorAssignment() {
		return _mentorAssignment;
	}

	public String getSearchURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			MentoringWebKeys.MVC_EVENT_MATERIALS
		).setParameter(
			"mentorAssignmentId", _mentorAssignment.getMentorAssignmentId()
		).setParameter(
			"supportEventId", _supportEvent.getSupportEventId()
		).buildString();
	}

	public SupportEvent getSupportEvent() {
		return _supportEvent;
	}

	/** Whether a search was made (words given). */
	public boolean isSearched() {
		return !getKeywords().trim().isEmpty();
	}

	/** Whether the user may change the event's materials. */
	public boolean isEditable() {
		return _editable;
	}

	@Override
	protected String getMVCRenderCommandName() {
		return MentoringWebKeys.MVC_EVENT_MATERIALS;
	}

	private final boolean _editable;
	private final LongFunction<String> _fileURLs;
	private final List<Material> _foundMaterials;
	private final Set<Long> _linkedIds = new LinkedHashSet<>();
	private final List<Material> _linkedMaterials;
	private final MentorAssignment _mentorAssignment;
	private final SupportEvent _supportEvent;

}
