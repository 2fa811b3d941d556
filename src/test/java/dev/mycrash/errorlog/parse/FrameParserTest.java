package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.symbols.Frame;
import org.junit.jupiter.api.Test;

/** One test per frame shape of reference §4, each with a real line from the corpus or the reference. */
class FrameParserTest {

  @Test
  void glibcMangledSymbolWithOffsetAndAddress() {
    // generated-here full-error.log, udf_segv crash
    String raw = "/usr/sbin/mariadbd(_ZN4JOIN10exec_innerEv+0xf72)[0x56433e52b1a2]";
    Frame f = FrameParser.parse(raw);
    assertThat(f.raw()).isEqualTo(raw);
    assertThat(f.module()).isEqualTo("/usr/sbin/mariadbd");
    assertThat(f.symbol()).isEqualTo("_ZN4JOIN10exec_innerEv");
    assertThat(f.offset()).isEqualTo("0xf72");
    assertThat(f.address()).isEqualTo("0x56433e52b1a2");
    assertThat(f.file()).isNull();
    assertThat(f.line()).isNull();
  }

  @Test
  void glibcWithoutSymbol() {
    // wsrep57-352-sig11.log
    Frame f = FrameParser.parse("/lib/x86_64-linux-gnu/libpthread.so.0(+0x110e0)[0x7fe1f80f50e0]");
    assertThat(f.module()).isEqualTo("/lib/x86_64-linux-gnu/libpthread.so.0");
    assertThat(f.symbol()).isNull();
    assertThat(f.function()).isNull();
    assertThat(f.offset()).isEqualTo("0x110e0");
    assertThat(f.address()).isEqualTo("0x7fe1f80f50e0");
  }

  @Test
  void mysql8DemangledWithSpacesParenthesesAndSpaceBeforeAddress() {
    // replbug-mysql92993.log (after the "   > " quote is stripped)
    String raw = "/usr/local/mysql/bin/mysqld(dispatch_command(THD*, COM_DATA const*, enum_server_command)+0x210c) [0x561c96db6d90]";
    Frame f = FrameParser.parse(raw);
    assertThat(f.module()).isEqualTo("/usr/local/mysql/bin/mysqld");
    assertThat(f.symbol()).isEqualTo("dispatch_command(THD*, COM_DATA const*, enum_server_command)");
    assertThat(f.function()).isEqualTo("dispatch_command(THD*, COM_DATA const*, enum_server_command)");
    assertThat(f.offset()).isEqualTo("0x210c");
    assertThat(f.address()).isEqualTo("0x561c96db6d90");
  }

  @Test
  void numericOnly() {
    // pt-errlog004.log (MySQL 5.1, stripped)
    Frame f = FrameParser.parse("/usr/sbin/mysqld[0x741e55]");
    assertThat(f.module()).isEqualTo("/usr/sbin/mysqld");
    assertThat(f.symbol()).isNull();
    assertThat(f.address()).isEqualTo("0x741e55");
    assertThat(FrameParser.parse("/lib64/libpthread.so.0[0x2b869c7984c0]").module()).isEqualTo("/lib64/libpthread.so.0");
  }

  @Test
  void relativeModuleWhenStartedAsMysqld() {
    // wandb-57docker-pthread-fatal.log
    Frame f = FrameParser.parse("mysqld(_ZN2ib5fatalD1Ev+0x66)[0x564d9e5fe406]");
    assertThat(f.module()).isEqualTo("mysqld");
    assertThat(f.symbol()).isEqualTo("_ZN2ib5fatalD1Ev");
  }

  @Test
  void trailingSpaceOfAnIssueCopyIsTolerated() {
    // sequoiadb-17-plugin-sig11.log: every line ends with a space
    Frame f = FrameParser.parse("/opt/mysql/lib/plugin/ha_sequoiadb.so(_ZN4bson10StringDataC1EPKc+0x27)[0x7f2a6c328981] ");
    assertThat(f.module()).isEqualTo("/opt/mysql/lib/plugin/ha_sequoiadb.so");
    assertThat(f.address()).isEqualTo("0x7f2a6c328981");
    assertThat(f.raw()).endsWith(" ");
  }

  @Test
  void mariadbAddr2lineResolved() {
    // full-error.log: file:line(function)[address]
    Frame f = FrameParser.parse("nptl/pthread_kill.c:44(__pthread_kill_implementation)[0x7f137aea8eec]");
    assertThat(f.module()).isNull();
    assertThat(f.file()).isEqualTo("nptl/pthread_kill.c");
    assertThat(f.line()).isEqualTo(44);
    assertThat(f.symbol()).isEqualTo("__pthread_kill_implementation");
    assertThat(f.address()).isEqualTo("0x7f137aea8eec");
  }

  @Test
  void mariadbAddr2lineWithLineZeroAndUnknownFile() {
    Frame f = FrameParser.parse("libc_sigaction.c:0(__restore_rt)[0x7f4e7e25a050]");
    assertThat(f.file()).isEqualTo("libc_sigaction.c");
    assertThat(f.line()).isNull();
    assertThat(f.symbol()).isEqualTo("__restore_rt");
    // mariadbqa-A03.log line 122
    Frame g = FrameParser.parse("??:0(gsignal)[0x7f7ea888818b]");
    assertThat(g.file()).isNull();
    assertThat(g.symbol()).isEqualTo("gsignal");
  }

  @Test
  void mariadbAddr2lineWithArguments() {
    // reference §4.4
    Frame f = FrameParser.parse("sql/field.cc:1208(Field::pos_in_interval_val_str(Field*, Field*, unsigned int))[0x5578a79eff7c]");
    assertThat(f.file()).isEqualTo("sql/field.cc");
    assertThat(f.line()).isEqualTo(1208);
    assertThat(f.symbol()).isEqualTo("Field::pos_in_interval_val_str(Field*, Field*, unsigned int)");
  }

  @Test
  void libbacktraceWithAndWithoutFile() {
    // no real sample in the corpus: built from the reference §4.3 format strings " #%d 0x%lx %s at %s:%d" and " #%d 0x%lx %s"
    Frame f = FrameParser.parse(" #7 0x55d3b1a3f2c4 dispatch_command(THD*, COM_DATA const*, enum_server_command) at sql/sql_parse.cc:2240");
    assertThat(f.address()).isEqualTo("0x55d3b1a3f2c4");
    assertThat(f.symbol()).isEqualTo("dispatch_command(THD*, COM_DATA const*, enum_server_command)");
    assertThat(f.file()).isEqualTo("sql/sql_parse.cc");
    assertThat(f.line()).isEqualTo(2240);
    Frame g = FrameParser.parse(" #12 0x7f1c2a694ac3 <unknown>");
    assertThat(g.symbol()).isEqualTo("<unknown>");
    assertThat(g.file()).isNull();
  }

  @Test
  void windowsModuleBangSymbol() {
    // no real sample in the corpus: built from reference §4.6: MySQL "%p    " + "module!symbol()" + "[file:line]"; MariaDB without the address
    Frame f = FrameParser.parse("00007FF6C3B1D2A4    mysqld.exe!my_sigabrt_handler()[my_thr_init.c:240]");
    assertThat(f.module()).isEqualTo("mysqld.exe");
    assertThat(f.symbol()).isEqualTo("my_sigabrt_handler");
    assertThat(f.file()).isEqualTo("my_thr_init.c");
    assertThat(f.line()).isEqualTo(240);
    assertThat(f.address()).isEqualTo("0x00007ff6c3b1d2a4");
    Frame g = FrameParser.parse("server.dll!Field::val_str()[field.cc:2310]");
    assertThat(g.module()).isEqualTo("server.dll");
    assertThat(g.address()).isNull();
  }

  @Test
  void bareFramePointerWalkerAddress() {
    Frame f = FrameParser.parse("0x4e3b0f20");
    assertThat(f.address()).isEqualTo("0x4e3b0f20");
    assertThat(f.module()).isNull();
  }

  @Test
  void macosFramesWithDecimalOffsets() {
    // known-bugs/MYSQL-46692.log (MySQL 6.0 on macOS, bug 46692)
    String raw = "4   mysqld                              0x002f3479 _Z23is_indexed_agg_distinctP4JOINP4ListI10Item_fieldE + 12859";
    Frame f = FrameParser.parse(raw);
    assertThat(f.raw()).isEqualTo(raw);
    assertThat(f.module()).isEqualTo("mysqld");
    assertThat(f.symbol()).isEqualTo("_Z23is_indexed_agg_distinctP4JOINP4ListI10Item_fieldE");
    assertThat(f.function()).isEqualTo("is_indexed_agg_distinct(JOIN*, List<Item_field>*)"); // P4JOIN P4ListI10Item_fieldE
    assertThat(f.offset()).isEqualTo("0x323b"); // 12859 = 0x323b
    assertThat(f.address()).isEqualTo("0x002f3479");
    Frame t = FrameParser.parse("2   libSystem.B.dylib                   0x90e8e2bb _sigtramp + 43");
    assertThat(t.module()).isEqualTo("libSystem.B.dylib");
    assertThat(t.function()).isEqualTo("_sigtramp");
    assertThat(t.offset()).isEqualTo("0x2b");
    Frame p = FrameParser.parse("0   mysqld                              0x009ac1a9 my_print_stacktrace + 63");
    assertThat(p.function()).isEqualTo("my_print_stacktrace");
    assertThat(p.offset()).isEqualTo("0x3f");
  }

  @Test
  void macosFrameTheUnwinderCouldNotName() {
    // known-bugs/MYSQL-46692.log: the frame after _sigtramp, at the bad address 0xffffffff
    Frame f = FrameParser.parse("3   ???                                 0xffffffff 0x0 + 4294967295");
    assertThat(f.module()).isNull();
    assertThat(f.symbol()).isNull();
    assertThat(f.function()).isNull();
    assertThat(f.address()).isEqualTo("0xffffffff");
    assertThat(f.offset()).isEqualTo("0xffffffff");
  }

  @Test
  void bareAddressInNoObject() {
    // known-bugs/MYSQL-74433.log line 27 (32-bit 5.6, right after handle_fatal_signal)
    Frame f = FrameParser.parse("[0x966400]");
    assertThat(f.address()).isEqualTo("0x966400");
    assertThat(f.module()).isNull();
    assertThat(f.symbol()).isNull();
    assertThat(FrameParser.parse("[Note] something]")).isNull();
  }

  @Test
  void proseIsNoFrame() {
    assertThat(FrameParser.parse("Trying to get some variables.")).isNull();
    assertThat(FrameParser.parse("Connection ID (thread ID): 9")).isNull();
    assertThat(FrameParser.parse("")).isNull();
    // the crash report's memory estimate has " + " but is no macOS frame
    assertThat(FrameParser.parse("key_buffer_size + (read_buffer_size + sort_buffer_size)*max_threads = 67600 K  bytes of memory")).isNull();
  }
}
