/**
 * Rules of the shared methodological library: material metadata and its
 * validation, grades, material types, subject associations (РМО), the asset
 * tags that link materials to risk factors and competences, safe folder names.
 */
package ru.opora.domain.library;
