package dev.mycrash.semaphore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strongly connected groups of the thread wait-for graph (Tarjan), iterative. */
final class Cycles {
  private final Map<String, Set<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final List<List<String>> groups = new ArrayList<>();
  private int counter;

  Cycles(Map<String, Set<String>> edges) {
    this.edges = edges;
  }

  /** Each group of two or more threads that reach each other, sorted, groups in found order. */
  List<List<String>> find() {
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        visit(node);
      }
    }
    return groups;
  }

  private void visit(String root) {
    Deque<Frame> work = new ArrayDeque<>();
    work.push(open(root));
    while (!work.isEmpty()) {
      Frame frame = work.peek();
      String node = frame.node();
      if (frame.next().hasNext()) {
        String to = frame.next().next();
        if (!index.containsKey(to)) {
          work.push(open(to));
        } else if (onStack.contains(to)) {
          low.put(node, Math.min(low.get(node), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        String parent = work.peek().node();
        low.put(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node).equals(index.get(node))) {
        close(node);
      }
    }
  }

  private Frame open(String node) {
    index.put(node, counter);
    low.put(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    return new Frame(node, List.copyOf(edges.getOrDefault(node, Set.of())).iterator());
  }

  private record Frame(String node, Iterator<String> next) {}

  private void close(String node) {
    List<String> group = new ArrayList<>();
    String member;
    do {
      member = stack.pop();
      onStack.remove(member);
      group.add(member);
    } while (!member.equals(node));
    if (group.size() > 1) {
      group.sort(null);
      groups.add(List.copyOf(group));
    }
  }
}
