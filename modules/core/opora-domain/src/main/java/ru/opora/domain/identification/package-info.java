/**
 * Identification of schools with low results (ШНОР) and in unfavourable
 * social conditions (ШНСУ), and the clustering of a municipality's schools
 * into the groups of seed 001, with the reasons for each group.
 *
 * <p>
 * Entry point: {@link ru.opora.domain.identification.SchoolIdentifier} with
 * {@link ru.opora.domain.identification.IdentificationRules}; input: one
 * {@link ru.opora.domain.identification.SchoolInput} per school of the
 * municipality; output: a
 * {@link ru.opora.domain.identification.SchoolClassification} per school and
 * year, an {@link ru.opora.domain.identification.IdentificationHistory} over
 * the years, and {@link ru.opora.domain.identification.GroupChange}s between
 * years or between two sets of rules (what-if).
 * </p>
 *
 * <p>
 * Localisation: a group's label key is {@code opora-group-} + its code
 * ({@code opora-group-low-results}); a reason's message key is
 * {@code opora-identification-} + its code
 * ({@code opora-identification-low-score-gap}) with the positional arguments
 * of {@link ru.opora.domain.identification.Reason#arguments()}; rule
 * violations use the {@code opora-error-} keys of
 * {@link ru.opora.domain.validation.Violation}.
 * </p>
 */
package ru.opora.domain.identification;
