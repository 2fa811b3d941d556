package dev.mycrash.collect.pipeline;

import java.util.List;

/** Declares what to gather; never writes anything itself (sos-report style {@code setup()}). */
public interface Collector {
  /** A short name for the manifest, e.g. {@code host}. */
  String name();

  /** The items to gather; may throw, which the pipeline records as a failed step. */
  List<Item> declare(CollectContext ctx) throws Exception;
}
