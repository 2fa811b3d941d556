package dev.mycrash.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * {@code manifest.json}, the last file of every bundle.
 *
 * @param tool "mycrash"
 * @param toolVersion the version that wrote it
 * @param commandLine the arguments it ran with
 * @param createdAt ISO-8601 UTC time the bundle was written
 * @param files every other file in the bundle, in tar order
 * @param steps every step's outcome and duration, in execution order
 */
public record Manifest(
    String tool, String toolVersion, List<String> commandLine, String createdAt, List<BundleEntry> files, List<StepOutcome> steps) {
  public Manifest {
    commandLine = List.copyOf(commandLine);
    files = List.copyOf(files);
    steps = List.copyOf(steps);
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new IllegalStateException("manifest not serialisable", e);
    }
  }

  public static Manifest fromJson(byte[] json) throws IOException {
    return JSON.readValue(json, Manifest.class);
  }
}
