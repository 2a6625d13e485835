package org.handouts.render;

import java.util.List;

/** A block of advice: title, optional intro (empty string when absent), points. */
public record AdviceView(String title, String intro, List<String> points) {
}
