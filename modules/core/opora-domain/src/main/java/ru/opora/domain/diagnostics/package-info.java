/**
 * Rules of teachers' professional-deficit diagnostics (REFERENCE.md §7): the
 * versioned competence model and item bank ({@link ru.opora.domain.diagnostics.BankVersion}),
 * the draw of a session's items ({@link ru.opora.domain.diagnostics.ItemDraw}),
 * scoring of every item type ({@link ru.opora.domain.diagnostics.ItemScoring},
 * {@link ru.opora.domain.diagnostics.DiagnosticScoring}), deficits and their
 * explanation ({@link ru.opora.domain.diagnostics.CompetenceResult}), route (ИОМ)
 * proposal ({@link ru.opora.domain.diagnostics.RouteProposer}), dynamics
 * ({@link ru.opora.domain.diagnostics.Dynamics}), aggregates with small-group
 * suppression ({@link ru.opora.domain.diagnostics.Aggregates}), who may see an
 * individual result ({@link ru.opora.domain.diagnostics.ResultAccess}) and the
 * attempt's time limit ({@link ru.opora.domain.diagnostics.AttemptClock}).
 */
package ru.opora.domain.diagnostics;
