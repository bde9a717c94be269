package ru.opora.library.web.internal.display.context;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;

import ru.opora.library.model.Material;

/**
 * A material's card: its metadata in words, its status and the link that
 * downloads the file.
 *
 * @author Opora
 */
public class MaterialDisplayContext {

	public MaterialDisplayContext(
		Material material, String downloadURL, Labels labels,
		Translator translator) {

		_material = material;
		_downloadURL = downloadURL;
		_labels = labels;
		_translator = translator;
	}

	public String getDownloadURL() {
		return _downloadURL;
	}

	public String getGrades() {
		return _labels.grades(_material);
	}

	public Material getMaterial() {
		return _material;
	}

	public String getMaterialType() {
		return _labels.materialType(_material.getMaterialTypeCode());
	}

	public List<String> getRiskFactors() {
		List<String> riskFactors = new ArrayList<>();

		for (String code : _material.getRiskFactorCodes()) {
			riskFactors.add(_labels.riskFactor(code));
		}

		return riskFactors;
	}

	public String getSize() {
		long kb = Math.max(1, (_material.getSize() + 1023) / 1024);

		if (kb < 1024) {
			return _translator.format("opora-library-size-kb", kb);
		}

		return _translator.format(
			"opora-library-size-mb",
			String.format(_translator.getLocale(), "%.1f", kb / 1024.0));
	}

	public String getStatus() {
		return _translator.format(
			"opora-library-workflow-" +
				WorkflowConstants.getStatusLabel(_material.getStatus()));
	}

	public String getSubject() {
		return _labels.subject(_material.getSubjectCode());
	}

	public boolean isApproved() {
		return _material.getStatus() == WorkflowConstants.STATUS_APPROVED;
	}

	private final String _downloadURL;
	private final Labels _labels;
	private final Material _material;
	private final Translator _translator;

}
