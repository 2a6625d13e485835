/**
 * The domain: immutable records for exercises, doses, routines, advice, brands and sources, plus
 * {@link org.handouts.model.Problem}, the located message every stage reports. No I/O here.
 */
package org.handouts.model;
