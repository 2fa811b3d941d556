package dev.mycrash.bundle;

/**
 * How one step of a collection went, as listed in {@code manifest.json}.
 *
 * @param step step name, e.g. {@code core}, {@code config:/etc/mysql/my.cnf}
 * @param status {@code ok}, {@code skipped} or {@code failed}
 * @param reason why it was skipped or failed; null when ok
 * @param millis how long it took
 */
public record StepOutcome(String step, String status, String reason, long millis) {
  public StepOutcome {
    if (!status.equals("ok") && !status.equals("skipped") && !status.equals("failed")) {
      throw new IllegalArgumentException("status must be ok, skipped or failed: " + status);
    }
    if (!status.equals("ok") && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException(step + ": a " + status + " step needs a reason");
    }
  }

  public static StepOutcome ok(String step, long millis) {
    return new StepOutcome(step, "ok", null, millis);
  }

  public static StepOutcome skipped(String step, String reason) {
    return new StepOutcome(step, "skipped", reason, 0);
  }

  public static StepOutcome failed(String step, String reason, long millis) {
    return new StepOutcome(step, "failed", reason, millis);
  }

  public boolean ok() {
    return status.equals("ok");
  }
}
