/**
 * The orchestrator: load → validate → render XHTML → render PDF → post-process → write, with the
 * build's settings, its plan of publications and its report.
 */
package org.handouts.publish;
