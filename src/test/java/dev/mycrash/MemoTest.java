package dev.mycrash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void eachKeyIsWorkedOutOnceAndANullAnswerCountsAsAnAnswer() {
    List<String> calls = new ArrayList<>();
    Memo<String> m = new Memo<>(k -> {
      calls.add(k);
      return k.startsWith("_Z") ? "demangled " + k : null;
    }, 10);
    assertThat(m.get("_ZN4JOIN10exec_innerEv")).isEqualTo("demangled _ZN4JOIN10exec_innerEv");
    assertThat(m.get("_ZN4JOIN10exec_innerEv")).isEqualTo("demangled _ZN4JOIN10exec_innerEv");
    assertThat(m.get("??")).isNull();
    assertThat(m.get("??")).isNull();
    assertThat(calls).containsExactly("_ZN4JOIN10exec_innerEv", "??");
  }

  @Test
  void aFullMemoStartsAgainInsteadOfGrowing() {
    List<String> calls = new ArrayList<>();
    Memo<Integer> m = new Memo<>(k -> {
      calls.add(k);
      return k.length();
    }, 2);
    m.get("a");
    m.get("bb");
    m.get("ccc"); // full: the memo is emptied, then holds ccc
    m.get("a"); // worked out again
    m.get("ccc"); // still held
    assertThat(calls).containsExactly("a", "bb", "ccc", "a");
    assertThatThrownBy(() -> new Memo<>(k -> k, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
