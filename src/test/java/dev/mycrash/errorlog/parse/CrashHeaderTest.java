package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every header shape of reference §3, from real logs. */
class CrashHeaderTest {

  @Test
  void mysql51old() {
    // pt-errlog004.log line 12
    CrashHeader h = CrashHeader.parse("090902 11:08:43 - mysqld got signal 6 ;");
    assertThat(h).isEqualTo(new CrashHeader("090902 11:08:43", "mysqld", 6, null));
  }

  @Test
  void mysql55To57TimeOfDayUtc() {
    // trellix-551-sig11.log line 3, with the issue copy's trailing double space
    assertThat(CrashHeader.parse("07:00:44 UTC - mysqld got signal 11 ;  "))
        .isEqualTo(new CrashHeader("07:00:44 UTC", "mysqld", 11, null));
  }

  @Test
  void mariadb10WithErrorLabel() {
    // polls-1799-mariadb103-assert.log line 11; macprov-43 (space-padded hour)
    assertThat(CrashHeader.parse("210702 10:36:32 [ERROR] mysqld got signal 6 ;"))
        .isEqualTo(new CrashHeader("210702 10:36:32", "mysqld", 6, null));
    assertThat(CrashHeader.parse("181129  1:49:51 [ERROR] mysqld got signal 6 ;").time()).isEqualTo("181129  1:49:51");
  }

  @Test
  void mariadb1011WithProgramPath() {
    // generated-here full-error.log line 20
    assertThat(CrashHeader.parse("261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ;"))
        .isEqualTo(new CrashHeader("261123 11:43:44", "/usr/sbin/mariadbd", 11, null));
  }

  @Test
  void mysql8DatedHeaderAndWindowsException() {
    // reference §3.4 and §3.7 (format strings; no real 8.4 or Windows header in the developer corpus)
    assertThat(CrashHeader.parse("2024-09-10T18:40:12Z UTC - mysqld got signal 6 ;"))
        .isEqualTo(new CrashHeader("2024-09-10T18:40:12Z UTC", "mysqld", 6, null));
    assertThat(CrashHeader.parse("08:52:33 UTC - mysqld got exception 0x80000003 ;"))
        .isEqualTo(new CrashHeader("08:52:33 UTC", "mysqld", null, "0x80000003"));
  }

  @Test
  void otherLinesWithTheWordsAreNotHeaders() {
    assertThat(CrashHeader.parse("2024-07-26 [Note] the client got signal 11 from somewhere")).isNull();
    assertThat(CrashHeader.parse("Fatal signal 11 while backtracing")).isNull();
  }

  @Test
  void signalNamesComeFromTheDataFile() {
    assertThat(Signals.name(11)).isEqualTo("SIGSEGV");
    assertThat(Signals.name(7)).isEqualTo("SIGBUS");
    assertThat(Signals.name(8)).isEqualTo("SIGFPE");
    assertThat(Signals.exceptionName("0xc0000005")).isEqualTo("EXCEPTION_ACCESS_VIOLATION");
    assertThat(Signals.name(99)).isNull();
  }
}
