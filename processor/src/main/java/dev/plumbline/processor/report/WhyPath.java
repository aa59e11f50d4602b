// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.graph.EdgeKind;
import dev.plumbline.processor.wiring.Hop;
import dev.plumbline.processor.wiring.RootKind;
import java.util.List;

/**
 * A why-wired path as people read it: {@code app.Main → app.Pipeline →[service registration]
 * app.Impl}. A plain arrow is a code reference; every other hop names its kind, and a path that
 * starts at a root other than an entry point names the kind of root first ({@code [framework
 * root] app.web.Resource → ...}).
 */
final class WhyPath {

  private static final String ARROW = " → ";

  private WhyPath() {}

  static String render(List<Hop> path) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      Hop hop = path.get(i);
      if (i == 0) {
        if (!hop.via().equals(RootKind.ENTRY_POINT.label())) {
          text.append('[').append(hop.via()).append("] ");
        }
      } else if (hop.via().equals(EdgeKind.REFERENCE.label())) {
        text.append(ARROW);
      } else {
        text.append(" →[").append(hop.via()).append("] ");
      }
      text.append(hop.className());
    }
    return text.toString();
  }
}
