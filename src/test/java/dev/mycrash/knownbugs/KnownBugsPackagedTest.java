package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database as packaged: known-bugs/*.yaml inside a jar (the installed tool) or a classes dir. */
class KnownBugsPackagedTest {
  @TempDir Path tmp;

  private Path jar(String id, String yaml) throws Exception {
    Path jar = tmp.resolve("mycrash.jar");
    try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
      j.putNextEntry(new JarEntry("known-bugs/README.md"));
      j.write("# The known-bug database\n".getBytes(StandardCharsets.UTF_8));
      j.putNextEntry(new JarEntry("known-bugs/" + id + ".yaml"));
      j.write(yaml.getBytes(StandardCharsets.UTF_8));
      j.putNextEntry(new JarEntry("known-bugs/sub/IGNORED-1.yaml"));
      j.write("not: read".getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  @Test
  void loadsEntriesFromAJar() throws Exception {
    Path jar = jar("MDEV-32174", KnownBugDatabaseTest.GOOD);
    try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(KnownBugs.packaged(l).bugs()).extracting(KnownBug::id).containsExactly("MDEV-32174");
    }
  }

  @Test
  void aBrokenPackagedEntryFailsLoudly() throws Exception {
    Path jar = jar("MDEV-32174", KnownBugDatabaseTest.GOOD.replace("signal: 6", "signal: 0"));
    try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> KnownBugs.packaged(l))
          .isInstanceOf(BadInputException.class)
          .hasMessage("classpath:known-bugs/MDEV-32174.yaml: MDEV-32174: match.signal 0 is not between 1 and 64");
    }
  }

  @Test
  void loadsEntriesFromAClassesDirectory() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("classes/known-bugs"));
    Files.writeString(dir.resolve("README.md"), "# x\n");
    Files.writeString(dir.resolve("MDEV-32174.yaml"), KnownBugDatabaseTest.GOOD);
    try (URLClassLoader l = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
      assertThat(KnownBugs.packaged(l).bugs()).hasSize(1);
    }
  }

  @Test
  void nothingPackagedIsAnEmptyDatabase() throws Exception {
    try (URLClassLoader l = new URLClassLoader(new URL[0], null)) {
      assertThat(KnownBugs.packaged(l).bugs()).isEmpty();
    }
  }

  @Test
  void theBackgroundLoadGivesTheDatabaseOrItsErrorToTheCaller() throws Exception {
    Path jar = jar("MDEV-32174", KnownBugDatabaseTest.GOOD);
    try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(KnownBugs.inBackground(() -> KnownBugs.packaged(l)).get().bugs()).extracting(KnownBug::id)
          .containsExactly("MDEV-32174");
    }
    Path broken = jar("MDEV-32174", KnownBugDatabaseTest.GOOD.replace("signal: 6", "signal: 0"));
    try (URLClassLoader l = new URLClassLoader(new URL[] {broken.toUri().toURL()}, null)) {
      var later = KnownBugs.inBackground(() -> KnownBugs.packaged(l));
      assertThatThrownBy(later::get).isInstanceOf(BadInputException.class)
          .hasMessage("classpath:known-bugs/MDEV-32174.yaml: MDEV-32174: match.signal 0 is not between 1 and 64");
    }
  }
}
