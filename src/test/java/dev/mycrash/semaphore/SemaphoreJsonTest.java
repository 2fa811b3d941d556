package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code semaphoreWaits} object of {@code analyze --json}: field names are a contract. */
class SemaphoreJsonTest {

  @Test
  void contractFieldsAsAnalyzeJsonWillPrintThem() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.compose("azuracast-4019-mariadb105-compose-semaphore.log"));
    JsonNode json = new ObjectMapper().valueToTree(s);
    assertThat(json.get("reports").asInt()).isEqualTo(2);
    assertThat(json.get("maxSeconds").asDouble()).isEqualTo(244.0);
    assertThat(json.get("watchdogAbort").asBoolean()).isFalse();
    JsonNode latch = json.get("latches").get(1);
    assertThat(latch.get("kind").asText()).isEqualTo("rw-lock");
    assertThat(latch.get("name").asText()).isEqualTo("0x7f574c004478");
    assertThat(latch.get("createdAt").asText()).isEqualTo("buf0buf.cc:1221");
    assertThat(latch.get("waits").asInt()).isEqualTo(1);
    assertThat(latch.get("maxSeconds").asDouble()).isEqualTo(244.0);
    assertThat(latch.get("waitedAt").get(0).asText()).isEqualTo("btr0cur.cc:6219");
    assertThat(latch.get("holderThreads").get(0).asText()).isEqualTo("140012871993088");
    assertThat(json.get("blockers").get(0).get("thread").asText()).isEqualTo("140012871993088");
    assertThat(json.get("cycles").isArray()).isTrue();
    assertThat(json.get("watchdogAborts").isArray()).isTrue();
  }

  @Test
  void watchdogAbortOfTheGeneratedCrash() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("generated-mariadb1011-semaphore.log"));
    JsonNode json = new ObjectMapper().valueToTree(s);
    assertThat(json.get("watchdogAbort").asBoolean()).isTrue();
    assertThat(json.get("latches").get(0).get("name").asText()).isEqualTo("dict_sys.latch");
    JsonNode abort = json.get("watchdogAborts").get(0);
    assertThat(abort.get("line").asLong()).isEqualTo(48);
    assertThat(abort.get("latch").asText()).isEqualTo("dict_sys.latch");
    assertThat(abort.get("thresholdSeconds").isNull()).isTrue();
  }
}
