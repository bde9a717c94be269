package ru.opora.library.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The region's library (Instance Settings > Opora): the site whose Documents
 * and Media hold it, the subject associations (РМО) that get a folder in every
 * municipality, the largest file a teacher may upload.
 *
 * @author Opora
 */
@ExtendedObjectClassDefinition(
	category = "opora", scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "ru.opora.library.configuration.LibraryConfiguration",
	localization = "content/Language", name = "opora-library-configuration-name"
)
public interface LibraryConfiguration {

	/** Friendly URL of the region site whose library holds every municipality's folder. */
	@Meta.AD(
		deflt = "/region", description = "opora-library-region-site-help",
		name = "opora-library-region-site", required = false
	)
	public String regionSiteFriendlyURL();

	/** One line per association: {@code code;Русское название;English name}. */
	@Meta.AD(
		deflt = "math;Математика;Mathematics|russian;Русский язык;Russian language|literature;Литература;Literature|foreign-language;Иностранный язык;Foreign language|history;История и обществознание;History and social studies|physics;Физика;Physics|chemistry;Химия;Chemistry|biology;Биология;Biology|geography;География;Geography|informatics;Информатика;Computer science|primary;Начальная школа;Primary school",
		description = "opora-library-subject-associations-help",
		name = "opora-library-subject-associations", required = false
	)
	public String[] subjectAssociations();

	@Meta.AD(
		deflt = "50", name = "opora-library-max-file-size-mb", required = false
	)
	public int maxFileSizeMB();

}
