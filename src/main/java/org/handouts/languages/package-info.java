/**
 * Languages: the fixed words every output prints (labels, dose sentences, day names, dates,
 * "Page 1 of 3"), one message bundle per language, formatted with CLDR plural rules (ICU4J).
 * {@link org.handouts.languages.Languages} is the entry point: the bundles a project has, by
 * language code; {@link org.handouts.languages.Messages} is one bundle. Bundles are read from
 * {@code templates/messages/<code>.yaml} by the content stage, which locates their problems; this
 * package reads no files, so every stage that prints words may use it.
 */
package org.handouts.languages;
