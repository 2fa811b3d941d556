package dev.mycrash.collect.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorePatternTest {
  @Test
  void thisMachinesPlainCoreLandsInTheServersCwd() {
    CorePattern p = new CorePattern("core\n", false);
    assertThat(p.handler()).isEqualTo(CorePattern.Handler.FILE);
    assertThat(p.directory(Path.of("/tmp/crashlab/datadir"))).isEqualTo(Path.of("/tmp/crashlab/datadir"));
    assertThat(p.match("core")).isPresent();
    assertThat(p.match("core.7747")).isEmpty();
  }

  @Test
  void coreUsesPidAppendsThePid() {
    CorePattern p = new CorePattern("core", true);
    assertThat(p.match("core.7747").orElseThrow().pid()).isEqualTo(7747L);
    assertThat(p.match("core").orElseThrow().pid()).isNull();
  }

  @Test
  void absolutePatternExpandsPidExeTimeAndHost() {
    CorePattern p = new CorePattern("/var/crash/core.%e.%p.%h.%t", false);
    assertThat(p.directory(Path.of("/var/lib/mysql"))).isEqualTo(Path.of("/var/crash"));
    CorePattern.Match m = p.match("core.mariadbd.7747.db-1.example.1795520627").orElseThrow();
    assertThat(m.pid()).isEqualTo(7747L);
    assertThat(m.exe()).isEqualTo("mariadbd");
    assertThat(m.epochSeconds()).isEqualTo(1795520627L);
    assertThat(p.match("core.mariadbd.x.db-1.1795520627")).isEmpty();
  }

  @Test
  void literalPercentAndUnknownSpecifiers() {
    CorePattern p = new CorePattern("/cores/%%core-%u-%s-%p", false);
    assertThat(p.match("%core-27-11-7747").orElseThrow().pid()).isEqualTo(7747L);
  }

  @Test
  void pipesAreRecognisedByHandler() {
    assertThat(new CorePattern("|/lib/systemd/systemd-coredump %P %u %g %s %t 9223372036854775808 %h", false).handler())
        .isEqualTo(CorePattern.Handler.SYSTEMD_COREDUMP);
    assertThat(new CorePattern("|/usr/share/apport/apport -p%p -s%s -c%c -d%d -P%P -u%u -g%g -- %E", false).handler())
        .isEqualTo(CorePattern.Handler.APPORT);
    assertThat(new CorePattern("|/usr/bin/abrt-hook-ccpp %s %c %p %u %g %t e %P %I %h", false).handler())
        .isEqualTo(CorePattern.Handler.OTHER_PIPE);
  }
}
