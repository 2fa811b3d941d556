package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameNameTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // as gdb prints them (corpus udf_segv.gdb.txt, known_bugs.strings)
        "Type_handler::Item_send_longlong(Item*, Protocol*, st_value*) const;Type_handler::Item_send_longlong",
        "Atomic_relaxed<unsigned int>::operator unsigned int() const;Atomic_relaxed<unsigned int>::operator unsigned int",
        "rec_convert_dtuple_to_rec_comp<false, false>(unsigned char*, dict_index_t const*);rec_convert_dtuple_to_rec_comp<false, false>",
        "row_ins_sec_index_entry_low(unsigned long) [clone .cold];row_ins_sec_index_entry_low",
        "(anonymous namespace)::fil_crypt_thread();(anonymous namespace)::fil_crypt_thread",
        "std::function<void ()>::operator()() const;std::function<void ()>::operator()",
        // as the server prints them (mangled, with offsets)
        "_ZN17Item_func_udf_int7val_intEv+0x4a;Item_func_udf_int::val_int",
        "_ZNK12Type_handler18Item_send_longlongEP4ItemP8ProtocolP8st_value;Type_handler::Item_send_longlong",
        "_Z10do_commandP3THDb;do_command",
        "_ZN2ib5fatalD1Ev;ib::fatal::~fatal",
        "_ZN5tpool19thread_pool_generic13timer_generic7executeEPv;tpool::thread_pool_generic::timer_generic::execute",
        "handle_one_connection+0x5d;handle_one_connection",
      })
  void normalisesPrintedNames(String printed, String expected) {
    assertThat(FrameName.normalise(printed)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"??", "+0x899062", "0x7f22acd70160"})
  void framesWithoutANameHaveNone(String printed) {
    assertThat(FrameName.normalise(printed)).isNull();
  }
}
