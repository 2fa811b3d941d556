package dev.mycrash.semaphore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who waits for whom: waiter thread → latch → holder thread. A thread that reserved a latch in
 * "wait exclusive" mode and waits on it itself waits for the latch's readers, not for another
 * known thread, so such self edges are left out. A blocker is a holder that others wait for and
 * that is not itself seen waiting; holders that wait on each other in a ring form a cycle.
 */
final class WaitForGraph {
  /** thread → threads it waits for, in order of appearance. */
  private final Map<String, Set<String>> waitsFor = new LinkedHashMap<>();
  /** thread → threads waiting for it. */
  private final Map<String, Set<String>> waitedBy = new LinkedHashMap<>();
  private final Set<String> waiting = new LinkedHashSet<>();
  private final Collection<LatchStats> latches;

  WaitForGraph(Collection<LatchStats> latches) {
    this.latches = latches;
    for (LatchStats latch : latches) {
      waiting.addAll(latch.blocked);
      for (String waiter : latch.blocked) {
        for (String holder : latch.holders.keySet()) {
          if (!holder.equals(waiter)) {
            waitsFor.computeIfAbsent(waiter, k -> new LinkedHashSet<>()).add(holder);
            waitedBy.computeIfAbsent(holder, k -> new LinkedHashSet<>()).add(waiter);
          }
        }
      }
    }
  }

  /** Holders not seen waiting, the one blocking most threads first. */
  List<Blocker> blockers() {
    List<Blocker> result = new ArrayList<>();
    for (String holder : waitedBy.keySet()) {
      if (!waiting.contains(holder)) {
        result.add(blocker(holder));
      }
    }
    result.sort(Comparator.comparingInt(Blocker::waiters).reversed());
    return result;
  }

  private Blocker blocker(String holder) {
    List<String> held = new ArrayList<>();
    LatchStats.Holding first = null;
    for (LatchStats latch : latches) {
      if (latch.holders.containsKey(holder) && latch.blocksOthers(holder)) {
        held.add(latch.name);
        if (first == null) {
          first = latch.holders.get(holder);
        }
      }
    }
    List<String> blocked = reachingThreads(holder);
    return new Blocker(holder, held, first == null ? null : first.mode(),
        first == null ? null : first.lockedAt(), blocked.size(), blocked);
  }

  /** Every thread whose chain of waits leads to {@code thread}. */
  private List<String> reachingThreads(String thread) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(thread));
    while (!todo.isEmpty()) {
      for (String w : waitedBy.getOrDefault(todo.pop(), Set.of())) {
        if (!w.equals(thread) && seen.add(w)) {
          todo.push(w);
        }
      }
    }
    return List.copyOf(seen);
  }

  /** Groups of two or more threads that wait for each other in a ring (a latch deadlock). */
  List<List<String>> cycles() {
    return new Cycles(waitsFor).find();
  }
}
