package dev.mycrash.knownbugs;

/**
 * What to tell the user about a known bug.
 *
 * @param workaround a workaround, or null
 * @param upgrade the version to upgrade to, or null
 */
public record Advice(String workaround, String upgrade) {}
