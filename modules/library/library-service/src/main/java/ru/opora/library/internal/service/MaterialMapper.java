package ru.opora.library.internal.service;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetEntry;
import com.liferay.document.library.kernel.model.DLFolder;
import com.liferay.dynamic.data.mapping.kernel.DDMFormFieldValue;
import com.liferay.dynamic.data.mapping.kernel.DDMFormValues;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.repository.model.FileEntry;
import com.liferay.portal.kernel.repository.model.FileVersion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.opora.domain.library.LibraryTags;
import ru.opora.library.constants.LibraryConstants;
import ru.opora.library.model.Material;

/**
 * Builds a {@link Material} from a file entry, its asset entry (categories →
 * subject, grades, type; tags → risk factors, competences), its metadata
 * (author's school) and its municipality folder.
 *
 * @author Opora
 */
public final class MaterialMapper {

	public static Material toMaterial(
			FileEntry fileEntry, FileVersion fileVersion, AssetEntry assetEntry,
			DDMFormValues ddmFormValues, DLFolder municipalityFolder)
		throws PortalException {

		Material.Builder builder = Material.builder(
		).fileEntryId(
			fileEntry.getFileEntryId()
		).groupId(
			fileEntry.getGroupId()
		).title(
			fileVersion.getTitle()
		).description(
			fileVersion.getDescription()
		).fileName(
			fileVersion.getFileName()
		).size(
			fileVersion.getSize()
		).status(
			fileVersion.getStatus()
		).authorName(
			fileEntry.getUserName()
		).createDate(
			fileEntry.getCreateDate()
		);

		if (municipalityFolder != null) {
			builder.municipalityName(municipalityFolder.getName());
		}

		if (assetEntry != null) {
			List<Integer> grades = new ArrayList<>();

			for (AssetCategory category : assetEntry.getCategories()) {
				String erc = category.getExternalReferenceCode();

				String subject = _code(erc, LibraryConstants.VOCABULARY_SUBJECT);

				if (subject != null) {
					builder.subjectCode(subject);
				}

				String type = _code(erc, LibraryConstants.VOCABULARY_MATERIAL_TYPE);

				if (type != null) {
					builder.materialTypeCode(type);
				}

				String grade = _code(erc, LibraryConstants.VOCABULARY_GRADE);

				if ((grade != null) && grade.matches("grade-\\d{1,2}")) {
					grades.add(Integer.valueOf(grade.substring(6)));
				}
			}

			Collections.sort(grades);

			builder.grades(grades);

			List<String> riskFactors = new ArrayList<>();
			List<String> competences = new ArrayList<>();

			for (String tagName : assetEntry.getTagNames()) {
				if (LibraryTags.isRiskFactorCode(tagName)) {
					riskFactors.add(tagName.toUpperCase(Locale.ROOT));
				}
				else if (tagName.startsWith(LibraryTags.COMPETENCE_PREFIX)) {
					competences.add(
						tagName.substring(
							LibraryTags.COMPETENCE_PREFIX.length()));
				}
			}

			Collections.sort(riskFactors);
			Collections.sort(competences);

			builder.riskFactorCodes(riskFactors);
			builder.competenceCodes(competences);
		}

		if (ddmFormValues != null) {
			Map<String, List<DDMFormFieldValue>> values =
				ddmFormValues.getDDMFormFieldValuesMap();

			List<DDMFormFieldValue> schoolValues = values.get(
				LibraryConstants.FIELD_AUTHOR_SCHOOL);

			if ((schoolValues != null) && !schoolValues.isEmpty() &&
				(schoolValues.get(0).getValue() != null)) {

				builder.authorSchool(
					schoolValues.get(
						0
					).getValue(
					).getString(
						ddmFormValues.getDefaultLocale()
					));
			}
		}

		return builder.build();
	}


	private static String _code(String erc, String vocabularyERC) {
		String prefix = vocabularyERC + "-";

		if ((erc == null) || !erc.startsWith(prefix)) {
			return null;
		}

		return erc.substring(prefix.length());
	}

	private MaterialMapper() {
	}

}
