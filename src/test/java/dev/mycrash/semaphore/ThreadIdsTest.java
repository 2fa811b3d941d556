package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadIdsTest {

  @Test
  void hexFromInnodbStatusEqualsDecimalFromCells() {
    // besthub/php.cn MySQL 5.5.40 case: writer "thread id 139998697924352" is
    // "OS Thread Handle 0x7F53FCA8A700" in the transaction list
    assertThat(ThreadIds.canonical("0x7F53FCA8A700")).isEqualTo("139998697924352");
    assertThat(ThreadIds.canonical("139998697924352")).isEqualTo("139998697924352");
  }

  @Test
  void unsignedAndTrimmed() {
    assertThat(ThreadIds.canonical("0xffffffffffffffff")).isEqualTo("18446744073709551615");
    assertThat(ThreadIds.canonical(" 0042 ")).isEqualTo("42");
    assertThat(ThreadIds.canonical("T1")).isEqualTo("t1");
    assertThat(ThreadIds.canonical(null)).isNull();
  }
}
