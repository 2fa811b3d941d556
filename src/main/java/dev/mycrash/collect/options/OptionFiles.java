package dev.mycrash.collect.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything read from a chain of option files, in the order mysqld reads it.
 *
 * @param filesRead every file actually read (includes followed), in reading order
 * @param settings every setting in reading order, all groups
 * @param problems things that did not stop the reading: a missing {@code !include}, an unreadable file
 */
public record OptionFiles(List<Path> filesRead, List<OptionSetting> settings, List<String> problems) {
  public OptionFiles {
    filesRead = List.copyOf(filesRead);
    settings = List.copyOf(settings);
    problems = List.copyOf(problems);
  }

  public static OptionFiles none() {
    return new OptionFiles(List.of(), List.of(), List.of());
  }

  /** The effective values for a program that reads {@code groups}: later values win. */
  public Map<String, String> effective(Set<String> groups) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OptionSetting s : settings) {
      if (groups.contains(s.group())) {
        out.remove(s.name());
        out.put(s.name(), s.value());
      }
    }
    return out;
  }

  /** The effective value of one option for {@code groups}; empty when not set or a bare flag. */
  public Optional<String> value(Set<String> groups, String name) {
    return Optional.ofNullable(effective(groups).get(OptionSetting.normalise(name)));
  }

  /** True when the option is set at all (also as a bare flag) for {@code groups}. */
  public boolean isSet(Set<String> groups, String name) {
    return effective(groups).containsKey(OptionSetting.normalise(name));
  }

  /** This chain followed by {@code later} (whose values win). */
  public OptionFiles then(OptionFiles later) {
    List<Path> f = new ArrayList<>(filesRead);
    f.addAll(later.filesRead);
    List<OptionSetting> s = new ArrayList<>(settings);
    s.addAll(later.settings);
    List<String> p = new ArrayList<>(problems);
    p.addAll(later.problems);
    return new OptionFiles(f, s, p);
  }

  static String group(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT);
  }
}
