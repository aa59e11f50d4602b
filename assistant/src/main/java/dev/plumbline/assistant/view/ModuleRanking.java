// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.view;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which assistants see modules when not all fit their budget: what needs attention
 * first. Critical modules that are not wired, then other unwired modules, then planned modules
 * (work about to start), then the other critical modules, then the rest, and modules removed
 * from the code last; by name within each group.
 */
public final class ModuleRanking {

  /** The ranking as a comparator. */
  public static final Comparator<ModuleView> ORDER =
      Comparator.comparingInt(ModuleRanking::group).thenComparing(ModuleView::name);

  private ModuleRanking() {}

  /**
   * The modules in rank order, each module's group computed once (a sort compares each module
   * many times, and 10,000 modules are common in large code bases).
   *
   * @param modules the modules
   * @return a new list in rank order
   */
  public static List<ModuleView> ranked(Collection<ModuleView> modules) {
    record Keyed(int group, ModuleView module) {}
    return modules.stream().map(module -> new Keyed(group(module), module))
        .sorted(Comparator.comparingInt(Keyed::group)
            .thenComparing(keyed -> keyed.module().name()))
        .map(Keyed::module).toList();
  }

  /**
   * The module's group: 0 critical and unwired, 1 unwired, 2 planned, 3 critical, 4 other,
   * 5 removed.
   *
   * @param module the module
   * @return its group number
   */
  public static int group(ModuleView module) {
    if (module.removed()) {
      return 5;
    }
    if (module.unwired()) {
      return module.critical() ? 0 : 1;
    }
    if ("planned".equals(module.status())) {
      return 2;
    }
    return module.critical() ? 3 : 4;
  }
}
