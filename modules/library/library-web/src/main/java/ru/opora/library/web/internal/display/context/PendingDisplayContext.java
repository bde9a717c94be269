package ru.opora.library.web.internal.display.context;

import java.util.List;

import ru.opora.library.model.Material;

/**
 * The methodologist's queue: the municipality's materials waiting for
 * approval; approving happens in the portal's workflow tasks.
 *
 * @author Opora
 */
public class PendingDisplayContext {

	public PendingDisplayContext(
		List<Material> materials, Labels labels, String workflowTasksURL) {

		_materials = materials;
		_labels = labels;
		_workflowTasksURL = workflowTasksURL;
	}

	public Labels getLabels() {
		return _labels;
	}

	public List<Material> getMaterials() {
		return _materials;
	}

	public String getWorkflowTasksURL() {
		return _workflowTasksURL;
	}

	private final Labels _labels;
	private final List<Material> _materials;
	private final String _workflowTasksURL;

}
